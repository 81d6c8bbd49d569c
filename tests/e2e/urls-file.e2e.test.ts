// A newsboat urls file used in full: "~titles" name the sources, tags filter the
// timeline, and the file is read again when it changes.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../archive/temp-archive.js';
import { runCli } from '../reliability/run-cli.js';
import { REPO_ROOT, runInPty } from './pty-terminal.js';

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
});
