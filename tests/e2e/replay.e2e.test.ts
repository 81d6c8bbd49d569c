// A replay as a person watches it: the status line says it runs, how fast, where in
// the event it is and when it has finished; an address given to it says why it is
// not played instead of showing as an unreadable source.
import { describe, expect, it } from 'vitest';
import { runInPty } from './pty-terminal.js';

describe('--replay in a real terminal', () => {
  it('shows its speed, event time and progress, then that it finished; an address says why it is left out', async () => {
    const run = runInPty(['--no-archive', '--replay', '3000', 'feeds/kati-mutiny-live.txt', 'http://127.0.0.1:9/live.rss'], { columns: 160, rows: 48 });
    const playing = await run.waitForScreen((s) => /▶ replay 3000× · at \d+ Aug \d\d:\d\d · \d+\/14/.test(s), 'a replay in progress', 30_000);
    expect(playing).toContain('http://127.0.0.1:9/live.rss: not replayed: --replay plays local files only');
    const finished = await run.waitForScreen((s) => s.includes('■ replay finished · 14/14 at 3000×'), 'the end of the replay', 30_000);
    expect(finished).toContain('14 updates');
    run.write('i');
    const page = await run.waitForText('not replayed', 10_000);
    expect(page).not.toMatch(/unreadable · http/);
    run.write('q');
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
  }, 60_000);
});
