// `livedesk sources` against a real archive: the table a person reads and the
// JSON a script reads, with feed titles that must not reach the terminal raw.
import { describe, expect, it } from 'vitest';
import { mustOpen, useTempDir } from '../archive/temp-archive.js';
import { archiveIn, run, seedArchive, WIRE } from './seed-archive.js';

const tempDir = useTempDir();

function seeded(): string {
  const path = archiveIn(tempDir());
  seedArchive(path);
  return path;
}

describe('livedesk sources', () => {
  it('prints one aligned row per source with counts, last fetch and health', async () => {
    const { code, stdout, stderr } = await run(['sources', '--archive', seeded()]);
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^TITLE\s+KIND\s+UPDATES\s+UNREAD\s+REACTIONS\s+LAST FETCH\s+HEALTH\s+LOCATION$/u);
    const blog = lines.find((line) => line.startsWith('Kati mutiny, live'));
    expect(blog).toMatch(/live-blog\s+3\s+2\s+3\s+2020-08-18T16:41:00Z\s+ok\s+blog\.txt$/u);
    const wire = lines.find((line) => line.endsWith(WIRE));
    expect(wire).toMatch(/rss\s+1\s+1\s+1\s+2020-08-18T16:41:01Z\s+failing \(HTTP 503\)/u);
    const quiet = lines.find((line) => line.endsWith('quiet.txt'));
    expect(quiet).toMatch(/\s0\s+0\s+0\s+never\s+never fetched\s/u);
    // Columns line up: every row's LOCATION starts where the header's does.
    const column = lines[0]!.indexOf('LOCATION');
    for (const row of [blog, wire, quiet]) expect(row!.indexOf(row!.split(/\s+/u).at(-1)!)).toBe(column);
    expect(stdout).toContain(`Last errors:\n  ${WIRE}: the server is busy (HTTP 503)`);
  });

  it('never writes a control character from a feed title to the terminal', async () => {
    const { stdout } = await run(['sources', '--archive', seeded()]);
    expect(stdout).not.toMatch(/[\u001b\u0007]/u);
    expect(stdout).toContain('Quiet ␛]0;pwned␇feed');
  });

  it('prints a JSON array with --json', async () => {
    const { code, stdout } = await run(['sources', '--json', '--archive', seeded()]);
    expect(code).toBe(0);
    const list = JSON.parse(stdout);
    expect(list.map((s: { id: string }) => s.id)).toEqual(['blog', 'wire', 'quiet']);
    expect(list[1]).toEqual({
      id: 'wire',
      title: 'Wire: "Mali" & <friends>',
      kind: 'rss',
      location: WIRE,
      updates: 1,
      unread: 1,
      reactions: 1,
      newestUpdate: '2020-08-18T16:39:30Z',
      lastFetch: '2020-08-18T16:41:01Z',
      lastStatus: 503,
      lastError: 'the server is busy (HTTP 503)',
      lastSuccess: null,
      health: 'failing',
    });
    expect(list[2]).toMatchObject({ lastFetch: null, health: 'never-fetched' });
  });

  it('says so when the archive holds nothing yet', async () => {
    const path = archiveIn(tempDir());
    mustOpen(path).close();
    expect((await run(['sources', '--archive', path])).stdout).toBe(`The archive at ${path} holds no sources yet.\n`);
    expect((await run(['sources', '--json', '--archive', path])).stdout).toBe('[]\n');
  });

  it('says there is no archive yet', async () => {
    const path = archiveIn(tempDir());
    const { code, stderr } = await run(['sources', '--archive', path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no archive at .* yet: run livedesk on a source first/u);
  });

  it('prints its own usage with --help, and takes no SOURCE', async () => {
    const help = await run(['sources', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: livedesk sources /u);
    for (const flag of ['--json', '--archive', '--help']) expect(help.stdout).toContain(flag);
    const stray = await run(['sources', 'blog']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain("Try 'livedesk sources --help'.");
  });
});
