// The built CLI as scripts use it: stdout is a pipe, so it prints and exits.
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../e2e/pty-terminal.js';
import { runCli } from '../reliability/run-cli.js';

// The demo live blog, by its absolute path: as typed, that is also the source's id.
const BLOG = path.join(REPO_ROOT, 'feeds', 'kati-mutiny-live.txt');
const ENTRIES = [
  ['00:15 GMT', 'Keita steps down in late-night address'],
  ['23:50 GMT', 'Security Council to hold emergency talks on Mali'],
  ['22:30 GMT', 'African Union demands Keita’s release'],
  ['21:40 GMT', 'UN chief calls for ‘immediate’ release'],
  ['20:30 GMT', 'US envoy rejects ‘unconstitutional’ change'],
  ['19:15 GMT', 'Keita and Cisse held at Kati'],
  ['18:20 GMT', 'Crowds cheer soldiers arriving in Bamako'],
  ['17:10 GMT', 'Justice minister’s offices set alight'],
  ['16:40 GMT', 'Thousands gather at Independence Square'],
  ['16:05 GMT', 'Prime minister offers dialogue'],
  ['15:55 GMT', 'France ‘condemns’ Kati uprising'],
  ['15:35 GMT', 'ECOWAS calls troops ‘back to barracks’'],
  ['14:30 GMT', 'Embassies tell citizens to stay home'],
  ['13:05 GMT', 'Gunfire heard at Kati camp'],
];
const livedesk = (...args: string[]) => runCli(args);

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`the CLI is not built at ${CLI}: run "npm run build" (npm test does it first)`);
});

describe('livedesk --json', () => {
  it('prints the live blog’s updates with their times and titles', async () => {
    const { code, stdout, stderr } = await livedesk(BLOG, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const desk = JSON.parse(stdout);
    expect(Object.keys(desk)).toEqual(['sources', 'updates', 'reactions']);
    expect(desk.updates.map((u: { timeText: string; title: string }) => [u.timeText, u.title])).toEqual(ENTRIES);
    for (const [index, update] of desk.updates.entries()) {
      expect(Object.keys(update)).toEqual(['id', 'guid', 'sourceId', 'time', 'timeText', 'title', 'body', 'link', 'author']);
      // The blog's date line is 18 August; its first entry is after midnight.
      expect(update.time).toBe(`2020-08-${index === 0 ? 19 : 18}T${ENTRIES[index]![0]!.slice(0, 5)}:00.000Z`);
    }
    expect(desk.sources).toEqual([
      { id: BLOG, title: 'Mali: soldiers mutiny at Kati base – live', kind: 'live-blog', location: BLOG, error: null },
    ]);
    for (const reaction of desk.reactions) {
      expect(Object.keys(reaction)).toEqual(['id', 'updateId', 'actor', 'role', 'kind', 'text', 'stance', 'time']);
      expect(['quote', 'statement']).toContain(reaction.kind);
    }
    expect(desk.reactions.map((r: { actor: string | null }) => r.actor)).toContain('Stephane Dujarric');
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
    const { code, stdout, stderr } = await livedesk('--json', BLOG, 'no/such/file.xml');
    expect(code).toBe(0);
    expect(stderr).toContain('no/such/file.xml: no such file');
    const desk = JSON.parse(stdout);
    expect(desk.sources[1]).toMatchObject({ location: 'no/such/file.xml', error: 'no/such/file.xml: no such file' });
    expect(desk.updates).toHaveLength(ENTRIES.length);
  });

  it('exits 1 with the reason and no stack trace when no source can be read', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-'));
    const page = path.join(dir, 'page.xml');
    await writeFile(page, '<!DOCTYPE html><html><body>Not a feed</body></html>');
    const { code, stdout, stderr } = await livedesk('--json', page, path.join(dir, 'missing.json'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('this web page holds no live blog or article and announces no feeds');
    expect(stderr).toContain('missing.json: no such file');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('livedesk --print and pipes', () => {
  it('prints the timeline as text when stdout is not a terminal', async () => {
    const { code, stdout } = await livedesk(BLOG);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(-ENTRIES.length).map((line) => line.replace(/^\S+ \S+\s+/, ''))).toEqual(ENTRIES.map(([, title]) => title));
    expect(stdout).toContain('Troops at the Kati military camp');
    expect((await livedesk('--print', BLOG)).stdout).toBe(stdout);
  });

  it('documents every flag and key in --help, and knows its version', async () => {
    const help = await livedesk('--help');
    for (const text of ['--print', '--json', '--version', 'Shift-Tab', 'Ctrl-C', 'PgUp']) expect(help.stdout).toContain(text);
    const version = await livedesk('--version');
    expect(version.stdout).toMatch(/^livedesk \d+\.\d+\.\d+\n$/);
  });

  it('rejects an unknown flag with exit code 2', async () => {
    const { code, stderr } = await livedesk('--bogus', BLOG);
    expect(code).toBe(2);
    expect(stderr).toBe("livedesk: unknown option '--bogus' (livedesk --help lists them)\n");
  });
});
