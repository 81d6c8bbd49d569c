// `livedesk archive recover` and the subcommands on a damaged archive: real
// files with a page overwritten, in-process through runSubcommand.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSource, makeUpdates, START } from '../fixtures/make-updates.js';
import { damagePage } from '../archive/damage-page.js';
import { mustOpen, useTempDir } from '../archive/temp-archive.js';
import { run } from './seed-archive.js';

const tempDir = useTempDir();

function damagedArchive(table: string): string {
  const path = join(tempDir(), 'archive.db');
  const archive = mustOpen(path);
  archive.upsertSources([makeSource('wire', 'The wire')], START);
  archive.saveUpdates('wire', makeUpdates(2000, 'wire').map((u) => ({ ...u, body: 'Words. '.repeat(100) })), [], START);
  archive.close();
  damagePage(path, table);
  return path;
}

describe('livedesk archive recover', () => {
  it('copies what is readable into a new file beside the old one and says how to use it', async () => {
    const path = damagedArchive('updates');
    const { code, stdout, stderr } = await run(['archive', 'recover', '--archive', path]);
    expect([code, stderr]).toEqual([0, '']);
    const into = join(path, '..', 'archive.recovered.db');
    expect(existsSync(into)).toBe(true);
    expect(stdout).toContain(into);
    expect(stdout).toMatch(/1 source, 19\d\d updates/u);
    expect(stdout).toMatch(/damaged part of updates/u);
    expect(stdout).toContain(`--archive ${into}`);
    expect(stdout).toContain(`mv ${path} ${path}.damaged`);
    const sources = await run(['sources', '--json', '--archive', into]);
    expect(sources.code).toBe(0);
    expect(JSON.parse(sources.stdout)[0]).toMatchObject({ id: 'wire', title: 'The wire' });
  });

  it('writes the copy where --into says, and never over a file that exists', async () => {
    const path = damagedArchive('updates');
    const into = join(tempDir(), 'copy.db');
    expect((await run(['archive', 'recover', '--archive', path, '--into', into])).code).toBe(0);
    const again = await run(['archive', 'recover', '--archive', path, '--into', into]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/u);
  });

  it('explains itself, and refuses what it does not know', async () => {
    expect((await run(['archive', '--help'])).stdout).toMatch(/livedesk archive recover/u);
    expect((await run(['archive'])).code).toBe(2);
    expect((await run(['archive', 'mend'])).stderr).toMatch(/recover/u);
  });
});

describe('reading a damaged archive', () => {
  it('names the file and the way out, instead of "database disk image is malformed" alone', async () => {
    const path = damagedArchive('updates');
    for (const argv of [['sources', '--archive', path], ['export', '--archive', path]]) {
      const { code, stderr } = await run(argv);
      expect(code).toBe(1);
      expect(stderr).toContain(path);
      expect(stderr).toContain(`livedesk archive recover --archive ${path}`);
      expect(stderr).not.toMatch(/move it aside/u);
    }
  });
});
