// The built CLI in a real pseudo-terminal, on the demo live blog, read back from
// a headless xterm: what a person at 80×24 or 160×48 would actually see.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT, runInPty, type PtyRun } from './pty-terminal.js';

const BLOG = path.join(REPO_ROOT, 'feeds', 'kati-mutiny-live.txt');
const FIRST = 'Keita steps down in late-night address';
const KEYS = { down: '\x1b[B', enter: '\r', escape: '\x1b', tab: '\t', end: '\x1b[F' };

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`the CLI is not built at ${CLI}: run "npm run build" (npm test does it first)`);
});

/** The frame arrives in several writes: the key hints are its last row. */
const wholeFrame = (screen: string) => screen.includes(FIRST) && screen.includes('q quit');

// A terminal cannot see the exact moment a lone Esc ends, so wait for the screen between keys.
async function key(pty: PtyRun, sequence: string, expected: (screen: string) => boolean, what: string) {
  pty.write(sequence);
  return pty.waitForScreen(expected, what);
}

describe('livedesk in a real terminal', () => {
  it.each([
    [80, 24],
    [160, 48],
  ])('shows the live blog at %i×%i, opens an update, comes back and restores the terminal on quit', async (columns, rows) => {
    const run = runInPty([BLOG], { columns, rows });
    const first = await run.waitForScreen(wholeFrame, 'the whole first frame');
    expect(run.bufferType()).toBe('alternate');
    for (const title of ['Security Council to hold emergency talks on Mali', 'African Union demands Keita’s release']) {
      expect(first).toContain(title);
    }
    expect(first).toMatch(/› .*00:15 +Keita steps down in late-night address/);
    expect(first).toContain('African Union 1 · demands');
    expect(first.split('\n').length).toBe(rows);

    await key(run, KEYS.down, (s) => /› .*23:50 +Security Council/.test(s), 'the selection on 23:50');
    await key(run, KEYS.down, (s) => /› .*22:30 +African Union demands/.test(s), 'the selection on 22:30');
    // The detail view's last row is its key hints.
    const detail = await key(run, KEYS.enter, (s) => s.includes('(Esc back)') && s.includes('PgUp/PgDn page'), 'the whole detail view');
    expect(detail).toContain('Moussa Faki Mahamat, who chairs');
    expect(detail).toContain('22:30 (22:30 GMT)');
    expect(detail).toContain('Reactions (5)');

    await key(run, KEYS.escape, (s) => /› .*African Union demands/.test(s), 'the timeline again');
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
    expect(run.bufferType()).toBe('normal');
    const raw = run.raw();
    expect(raw).toContain('\x1b[?1049h');
    expect(raw.lastIndexOf('\x1b[?1049l')).toBeGreaterThan(raw.lastIndexOf('\x1b[?1049h'));
    expect(raw.lastIndexOf('\x1b[?25h')).toBeGreaterThan(raw.lastIndexOf('\x1b[?25l'));
  });

  it('follows a resize from side by side to stacked', async () => {
    const run = runInPty([BLOG], { columns: 160, rows: 48 });
    // Side by side, the two panes' borders meet on every row.
    // The frame can arrive in several writes: wait until the panes meet on the rows below too.
    const meeting = (s: string) => s.split('\n').filter((line) => line.includes('││')).length;
    const sideBySide = (s: string) =>
      s.split('\n').find((line) => line.includes(FIRST))?.includes('││') === true && meeting(s) > 40;
    await run.waitForScreen(sideBySide, 'the panes side by side on the whole screen');
    run.resize(80, 24);
    const narrow = await run.waitForScreen(
      (s) => s.includes(FIRST) && !s.includes('││') && s.includes('Reactions'),
      'the stacked layout',
    );
    expect(narrow.split('\n')).toHaveLength(24);
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
  });

  it('restores the terminal when ended by SIGTERM', async () => {
    const run = runInPty([BLOG], { columns: 80, rows: 24 });
    await run.waitForText(FIRST);
    run.kill('SIGTERM');
    expect(await run.waitForExit()).toBe(143);
    expect(run.bufferType()).toBe('normal');
  });

  it('says plainly when no source can be read, without taking over the screen', async () => {
    const run = runInPty(['--no-archive', 'no/such/live.txt'], { columns: 80, rows: 24 });
    expect(await run.waitForExit()).toBe(1);
    expect(run.raw()).toContain('no/such/live.txt: no such file');
    expect(run.raw()).not.toContain('\x1b[?1049h');
  });

  it('prints the timeline instead of a dashboard nobody can drive when stdin is not a terminal', async () => {
    const run = runInPty([BLOG], { stdinFrom: '/dev/null' });
    expect(await run.waitForExit()).toBe(0);
    const raw = run.raw();
    expect(raw).toContain(FIRST);
    expect(raw).toContain('Gunfire heard at Kati camp');
    // No alternate screen, no raw-mode error from Ink.
    expect(raw).not.toContain('\x1b[?1049h');
    expect(raw).not.toMatch(/Raw mode is not supported|ERROR/);
  });

  it('fills in a big feed after the first frame, a screenful first, parsed in a worker thread', async () => {
    const { generateRss } = await import('../fixtures/generate-feed.js');
    const { mkdtemp, readFile, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-big-'));
    const file = path.join(dir, 'big.rss');
    const workers = path.join(dir, 'workers.log');
    await writeFile(file, generateRss(3000));
    await writeFile(workers, '');
    // The worker is found beside the bundle whichever chunk starts it; when it is not, the
    // parse silently falls back to the main thread, so count the threads livedesk starts.
    const run = runInPty(['--no-archive', file], {
      columns: 100,
      rows: 30,
      nodeArgs: ['--import', path.join(REPO_ROOT, 'tests', 'e2e', 'count-workers.mjs')],
      env: { LIVEDESK_TEST_WORKERS: workers },
    });
    const full = await run.waitForScreen((s) => s.includes('1/3000'), 'all 3,000 items', 30_000);
    expect(full).toMatch(/› .*Update 0:/);
    // Every frame is in the raw output: the preview's first 200 items were drawn before the rest.
    expect(run.raw().indexOf('1/200')).toBeGreaterThan(-1);
    expect(run.raw().indexOf('1/200')).toBeLessThan(run.raw().indexOf('1/3000'));
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
    expect((await readFile(workers, 'utf8')).split('\n').filter((line) => line === 'worker')).toHaveLength(1);
  }, 40_000);
});

