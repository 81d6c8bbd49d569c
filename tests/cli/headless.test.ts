// The built CLI as scripts use it: stdout is a pipe, so it prints and exits.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../e2e/pty-terminal.js';

const SEED = path.resolve(REPO_ROOT, '..', 'shared', 'seeds', 'mali-kati-mutiny-live.txt');
const run = promisify(execFile);

async function livedesk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env: { ...process.env, TZ: 'UTC' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`the CLI is not built at ${CLI}: run "npm run build" (npm test does it first)`);
  if (!existsSync(SEED)) throw new Error(`the seed live blog is missing at ${SEED}`);
});

describe('livedesk --json', () => {
  it('prints the seed’s five updates with their times and titles', async () => {
    const { code, stdout, stderr } = await livedesk(SEED, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const desk = JSON.parse(stdout);
    expect(Object.keys(desk)).toEqual(['sources', 'updates', 'reactions']);
    expect(desk.updates.map((u: { timeText: string; title: string }) => [u.timeText, u.title])).toEqual([
      ['16:40 GMT', 'Protesters gather in Bamako'],
      ['16:07 GMT', 'Mali PM calls for dialogue'],
      ['16:04 GMT', 'France condemns Mali ‘mutiny’'],
      ['15:50 GMT', 'ECOWAS urges Mali soldiers to ‘return to barracks’'],
      ['15:30 GMT', 'Warnings of possible mutiny'],
    ]);
    for (const update of desk.updates) {
      expect(Object.keys(update)).toEqual(['id', 'guid', 'sourceId', 'time', 'timeText', 'title', 'body', 'link', 'author']);
      expect(update.time).toMatch(/^\d{4}-\d\d-\d\dT(16:40|16:07|16:04|15:50|15:30):00\.000Z$/);
    }
    expect(desk.sources).toEqual([
      { id: SEED, title: expect.any(String), kind: 'live-blog', location: SEED, error: null },
    ]);
    for (const reaction of desk.reactions) {
      expect(Object.keys(reaction)).toEqual(['id', 'updateId', 'actor', 'role', 'kind', 'text', 'stance', 'time']);
      expect(['quote', 'statement']).toContain(reaction.kind);
    }
    expect(desk.reactions.map((r: { actor: string | null }) => r.actor)).toContain('Haidara Assetou Cisse');
  });

  it('reads RSS and the plain-text demo together, each update tied to its source', async () => {
    const { code, stdout } = await livedesk('--json', 'feeds/kati-mutiny-live.txt', 'feeds/kati-reactions.rss');
    expect(code).toBe(0);
    const desk = JSON.parse(stdout);
    expect(desk.sources.map((s: { kind: string }) => s.kind)).toEqual(['live-blog', 'rss']);
    const sourceIds = new Set(desk.updates.map((u: { sourceId: string }) => u.sourceId));
    expect(sourceIds.size).toBe(2);
    const times = desk.updates.map((u: { time: string }) => Date.parse(u.time));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('keeps loading the other sources when one cannot be read', async () => {
    const { code, stdout, stderr } = await livedesk('--json', SEED, 'no/such/file.xml');
    expect(code).toBe(0);
    expect(stderr).toContain('no/such/file.xml: no such file');
    const desk = JSON.parse(stdout);
    expect(desk.sources[1]).toMatchObject({ location: 'no/such/file.xml', error: 'no/such/file.xml: no such file' });
    expect(desk.updates).toHaveLength(5);
  });

  it('exits 1 with the reason and no stack trace when no source can be read', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-'));
    const page = path.join(dir, 'page.xml');
    await writeFile(page, '<!DOCTYPE html><html><body>Not a feed</body></html>');
    const { code, stdout, stderr } = await livedesk('--json', page, path.join(dir, 'missing.json'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('web page, not a feed');
    expect(stderr).toContain('missing.json: no such file');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('livedesk --print and pipes', () => {
  it('prints the timeline as text when stdout is not a terminal', async () => {
    const { code, stdout } = await livedesk(SEED);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(-5).map((line) => line.replace(/^\S+ \S+\s+/, ''))).toEqual([
      'Protesters gather in Bamako',
      'Mali PM calls for dialogue',
      'France condemns Mali ‘mutiny’',
      'ECOWAS urges Mali soldiers to ‘return to barracks’',
      'Warnings of possible mutiny',
    ]);
    expect(stdout).toContain('Malian soldiers have taken up arms');
    expect((await livedesk('--print', SEED)).stdout).toBe(stdout);
  });

  it('documents every flag and key in --help, and knows its version', async () => {
    const help = await livedesk('--help');
    for (const text of ['--print', '--json', '--version', 'Shift-Tab', 'Ctrl-C', 'PgUp']) expect(help.stdout).toContain(text);
    const version = await livedesk('--version');
    expect(version.stdout).toMatch(/^livedesk \d+\.\d+\.\d+\n$/);
  });

  it('rejects an unknown flag with exit code 2', async () => {
    const { code, stderr } = await livedesk('--bogus', SEED);
    expect(code).toBe(2);
    expect(stderr).toBe("livedesk: unknown option '--bogus' (livedesk --help lists them)\n");
  });
});
