// A newsboat urls file used in full: "~titles" name the sources, tags filter the
// timeline, and the file is read again when it changes.
import { spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { useTempDir } from '../archive/temp-archive.js';
import { runCli } from '../reliability/run-cli.js';
import { waitFor } from '../wait-for.js';
import { CLI, REPO_ROOT, runInPty } from './pty-terminal.js';

const tempDir = useTempDir();

/** The two demo feeds beside a urls file that names one and tags both. */
function deskFolder(): { dir: string; urls: string } {
  const dir = tempDir();
  for (const name of ['kati-mutiny-live.txt', 'kati-reactions.rss']) copyFileSync(path.join(REPO_ROOT, 'feeds', name), path.join(dir, name));
  const urls = path.join(dir, 'urls');
  writeFileSync(urls, ['# the desk', 'kati-mutiny-live.txt "~Kati desk" mali', 'kati-reactions.rss world'].join('\n') + '\n');
  return { dir, urls };
}

describe('a urls file in full', () => {
  it('names its sources with their "~titles" in --json and --print', async () => {
    const { urls } = deskFolder();
    const json = await runCli(['--json', '--no-archive', '--urls', urls], 20_000);
    expect(json.code).toBe(0);
    const titles = (JSON.parse(json.stdout) as { sources: Array<{ title: string }> }).sources.map((source) => source.title);
    expect(titles).toEqual(['Kati desk', 'Sahel Desk: world reactions']);
    const print = await runCli(['--print', '--no-archive', '--urls', urls], 20_000);
    expect(print.stdout).toContain('Kati desk');
  });

  it('shows the titles in the dashboard, and / filters by a tag', async () => {
    const { urls } = deskFolder();
    const run = runInPty(['--no-archive', '--urls', urls], { columns: 160, rows: 30 });
    const first = await run.waitForScreen((s) => s.includes('q quit') && s.includes('updates'), 'the first frame', 20_000);
    expect(first).toMatch(/Kati desk \+ Sahel Desk: world reactions · \d+ updates/);
    run.write('/world');
    const filtered = await run.waitForScreen((s) => /\/world.* of \d+ updates/.test(s), 'the filter on a tag');
    const [shown, all] = /(\d+) of (\d+) updates/.exec(filtered)!.slice(1).map(Number);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all!);
    expect(filtered).not.toContain('[kati-mutiny');
    run.write('\x1b');
    await run.waitForScreen((s) => !s.includes('/world'), 'the filter cleared');
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
  }, 60_000);

  it('reads the file again when it changes: a line added is followed, a line taken out leaves the screen', async () => {
    const { urls } = deskFolder();
    writeFileSync(urls, 'kati-mutiny-live.txt "~Kati desk"\n');
    const run = runInPty(['--no-archive', '--urls', urls], { columns: 160, rows: 30 });
    const first = await run.waitForScreen((s) => s.includes('q quit') && /Kati desk · \d+ updates/.test(s), 'the first source alone', 20_000);
    const blogCount = Number(/Kati desk · (\d+) updates/.exec(first)![1]);

    writeFileSync(urls, 'kati-mutiny-live.txt "~Kati desk"\nkati-reactions.rss "~Wire"\n');
    const both = await run.waitForScreen((s) => s.includes('Kati desk + Wire'), 'the source added to the file', 20_000);
    expect(both).toContain('[reactions] Soldiers promise');
    const total = Number(/Kati desk \+ Wire · (\d+) updates/.exec(both)![1]);
    expect(total).toBeGreaterThan(blogCount);

    writeFileSync(urls, 'kati-reactions.rss "~Wire"\n');
    const after = await run.waitForScreen((s) => /^Wire · \d+ updates/m.test(s), 'the source taken out of the file', 20_000);
    expect(Number(/^Wire · (\d+) updates/m.exec(after)![1])).toBe(total - blogCount);
    expect(after).not.toContain('Keita steps down in late-night address');
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
  }, 90_000);

  it('--json --follow streams what a line added to the file brings', async () => {
    const { urls } = deskFolder();
    writeFileSync(urls, 'kati-mutiny-live.txt\n');
    const child = spawn(process.execPath, [CLI, '--json', '--follow', '--no-archive', '--urls', urls], { cwd: REPO_ROOT });
    onTestFinished(() => void (child.exitCode === null && child.kill('SIGKILL')));
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const updatesOf = (name: string) =>
      stdout
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as { type: string; update?: { sourceId: string } })
        .filter((line) => line.type === 'update' && line.update!.sourceId.endsWith(name));
    await waitFor(() => updatesOf('kati-mutiny-live.txt').length > 0, 'the first source’s updates', 20_000);
    expect(updatesOf('kati-reactions.rss')).toEqual([]);
    writeFileSync(urls, 'kati-mutiny-live.txt\nkati-reactions.rss\n');
    await waitFor(() => updatesOf('kati-reactions.rss').length > 0, 'the added source’s updates', 20_000);
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
  }, 60_000);
});
