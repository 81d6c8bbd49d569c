// --replay as a newcomer types it: its speed read strictly, the headless modes it
// does not go with refused, and its absence of a terminal said plainly.
import { describe, expect, it } from 'vitest';
import { runCli } from '../reliability/run-cli.js';

const BLOG = 'feeds/kati-mutiny-live.txt';
const TRY = "Try 'livedesk --help'.\n";

describe('--replay on the command line', () => {
  it.each([
    [['--replay', '120', '--print', BLOG], 'print'],
    [['--json', '--replay', BLOG], 'json'],
    [['--replay=2', '--json', '--follow', BLOG], 'json'],
  ])('%j is refused: a replay plays in the dashboard', async (args, flag) => {
    const run = await runCli(['--no-archive', ...args], 20_000);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `livedesk: --replay plays a live blog in the dashboard; it does not go with --${flag}\n${TRY}`]);
  });

  it.each([
    [['--replay', 'abc', BLOG], "'abc' (for a file of that name, write ./abc)"],
    [['--replay', '0', BLOG], "'0'"],
    [['--replay', '2,5', BLOG], "'2,5'"],
    [['--replay=fast', BLOG], "'fast' (for a file of that name, write ./fast)"],
  ])('%j is a speed that is not one, never a file', async (args, quoted) => {
    const run = await runCli(['--no-archive', ...args], 20_000);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `livedesk: --replay takes a speed like 120 or 2.5x, not ${quoted}\n${TRY}`]);
  });

  it('without a terminal says it prints instead of replaying', async () => {
    const run = await runCli(['--no-archive', '--replay', '2.5x', BLOG], 20_000);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('livedesk: --replay plays in the dashboard, which needs a terminal: printing the timeline instead\n');
    expect(run.stdout).toContain('Keita steps down');
  });
});
