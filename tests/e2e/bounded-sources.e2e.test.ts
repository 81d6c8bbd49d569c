// The dashboard in a real terminal next to sources that once took the process down
// or held it: a 600 MB file (read whole, it aborted Node and left the terminal in
// the alternate screen) and a named pipe nobody writes to.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInPty, type PtyRun } from './pty-terminal.js';

let run: PtyRun | null = null;
let dir = '';
afterEach(async () => {
  run?.kill();
  run = null;
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('the dashboard beside sources too big or too slow to read', () => {
  it('shows the good source, names the others’ limits and gives the terminal back', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'livedesk-bounded-e2e-'));
    const huge = path.join(dir, 'huge.xml');
    await writeFile(huge, '');
    await truncate(huge, 600 * 1024 * 1024); // sparse: nothing is written to disk
    const pipe = path.join(dir, 'silent.pipe');
    execFileSync('mkfifo', [pipe]);

    run = runInPty(['--no-archive', '--timeout', '2s', huge, 'feeds/kati-reactions.rss', pipe], { columns: 120, rows: 30 });
    await run.waitForScreen((s) => s.includes('Keita resigns on national') && s.includes('600 MB'), 'the good feed and the size error');
    expect(run.bufferType()).toBe('alternate');

    run.write('i');
    const sources = await run.waitForScreen((s) => s.includes('nothing was written to it within 2 s'), 'the pipe’s error on the sources page');
    expect(sources).toContain(`${huge}: the file is 600 MB, over the 20 MB limit (--max-size)`);
    expect(sources).toContain('Sahel Desk: world reactions');

    run.write('q');
    await run.waitForScreen((s) => !s.includes('(Esc back)'), 'the timeline again');
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
    expect(run.bufferType()).toBe('normal');
    const raw = run.raw();
    expect(raw.lastIndexOf('\x1b[?1049l')).toBeGreaterThan(raw.lastIndexOf('\x1b[?1049h'));
    expect(raw.lastIndexOf('\x1b[?25h')).toBeGreaterThan(raw.lastIndexOf('\x1b[?25l'));
  });
});
