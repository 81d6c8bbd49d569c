// `livedesk export` against a real archive file: every format read back, the
// filters, and the ways it must fail without a stack trace.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseSince } from '../../src/cli/run-export.js';
import { SCHEMA_VERSION } from '../../src/archive/migrations.js';
import { parseOpml } from '../../src/export/opml.js';
import { makeUpdates, START } from '../fixtures/make-updates.js';
import { mustOpen, useTempDir } from '../archive/temp-archive.js';
import { archiveIn, run, seedArchive, WIRE } from './seed-archive.js';

const tempDir = useTempDir();

function seeded(): string {
  const path = archiveIn(tempDir());
  seedArchive(path);
  return path;
}

const STACK_LINE = /^\s+at /mu;

describe('livedesk export: formats', () => {
  it('writes JSON with sources, updates (read state included) and reactions', async () => {
    const { code, stdout, stderr } = await run(['export', '--archive', seeded()]);
    expect([code, stderr]).toEqual([0, '']);
    const doc = JSON.parse(stdout);
    expect(doc.sources.map((s: { id: string }) => s.id)).toEqual(['blog', 'wire', 'quiet']);
    expect(doc.updates.map((u: { title: string }) => u.title)).toEqual([
      '=HYPERLINK("http://evil.example","click") *bold* [x](y)',
      '-1 soldiers? @channel',
      'Update 1',
      '# Not a heading',
    ]);
    expect(doc.updates.map((u: { read: boolean }) => u.read)).toEqual([true, false, false, false]);
    expect(doc.reactions).toHaveLength(4);
    expect(doc.reactions[0]).toMatchObject({ actor: 'United Nations', text: 'We urge calm.', sourceId: 'blog' });
  });

  it('writes NDJSON: one typed object per line', async () => {
    const { code, stdout } = await run(['export', '--format', 'ndjson', '--archive', seeded()]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string });
    const count = (type: string) => lines.filter((line) => line.type === type).length;
    expect([count('source'), count('update'), count('reaction')]).toEqual([3, 4, 4]);
  });

  it('writes a Markdown record with the timeline and the reactions by actor', async () => {
    const { code, stdout } = await run(['export', '--format', 'md', '--archive', seeded()]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# /u);
    expect(stdout).toContain('## Timeline');
    expect(stdout).toContain('## Reactions');
    expect(stdout).toContain('### United Nations — secretary-general');
    expect(stdout).toContain('“We urge calm.”');
    expect(stdout.indexOf('## Timeline')).toBeLessThan(stdout.indexOf('## Reactions'));
  });

  it('accepts "markdown" as another name for md', async () => {
    const { code, stdout } = await run(['export', '--format', 'markdown', '--archive', seeded()]);
    expect(code).toBe(0);
    expect(stdout).toContain('## Timeline');
  });

  it('writes CSV: a header and one CRLF row per update', async () => {
    const { code, stdout } = await run(['export', '--format', 'csv', '--archive', seeded()]);
    expect(code).toBe(0);
    const rows = stdout.split('\r\n').filter((row) => row !== '');
    expect(rows[0]).toBe('source,source_title,id,time,time_text,title,body,link,author,reactions,read');
    expect(rows).toHaveLength(5);
    expect(rows[2]).toMatch(/^wire,/u);
  });

  it('writes the sources as OPML that reads back', async () => {
    const { code, stdout } = await run(['export', '--format', 'opml', '--archive', seeded()]);
    expect(code).toBe(0);
    expect(parseOpml(stdout).entries.map((e) => e.location)).toEqual(['blog.txt', WIRE, 'quiet.txt']);
  });
});

describe('livedesk export: --since and SOURCE', () => {
  const titles = (stdout: string) => (JSON.parse(stdout).updates as Array<{ title: string }>).map((u) => u.title);

  it('keeps updates from an absolute time on (undated ones by when they were first seen)', async () => {
    const { code, stdout } = await run(['export', '--since', '2020-08-18T16:39:30Z', '--archive', seeded()]);
    expect(code).toBe(0);
    expect(titles(stdout)).toEqual(['=HYPERLINK("http://evil.example","click") *bold* [x](y)', '-1 soldiers? @channel', '# Not a heading']);
  });

  it('takes a bare date as the start of that day', async () => {
    const path = seeded();
    expect(titles((await run(['export', '--since', '2020-08-18', '--archive', path])).stdout)).toHaveLength(4);
    expect(titles((await run(['export', '--since', '2020-08-19', '--archive', path])).stdout)).toEqual([]);
  });

  it('reads a relative age back from now', async () => {
    const path = seeded();
    const now = START + 2 * 60_000;
    expect(titles((await run(['export', '--since', '2m', '--archive', path], {}, now)).stdout)).toEqual([
      '=HYPERLINK("http://evil.example","click") *bold* [x](y)',
      '# Not a heading',
    ]);
    expect(titles((await run(['export', '--since', '3m', '--archive', path], {}, now)).stdout)).toHaveLength(4);
  });

  it('filters by location or id, exactly', async () => {
    const path = seeded();
    const byLocation = JSON.parse((await run(['export', '--archive', path, WIRE])).stdout);
    expect(byLocation.sources.map((s: { id: string }) => s.id)).toEqual(['wire']);
    expect(byLocation.updates.map((u: { sourceId: string }) => u.sourceId)).toEqual(['wire']);
    const byId = JSON.parse((await run(['export', '--archive', path, 'blog'])).stdout);
    expect(byId.updates).toHaveLength(3);
  });

  it('refuses a source the archive does not hold, naming it', async () => {
    const { code, stdout, stderr } = await run(['export', '--archive', seeded(), 'blog', 'https://example.com/wire']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain("'https://example.com/wire'");
    expect(stderr).toContain('livedesk sources');
  });

  it('rejects an unreadable --since or --format as a usage error', async () => {
    const path = seeded();
    const since = await run(['export', '--since', 'yesterday', '--archive', path]);
    expect(since.code).toBe(2);
    expect(since.stderr).toContain("not 'yesterday'");
    const format = await run(['export', '--format', 'xml', '--archive', path]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('json, ndjson, md, csv, opml');
    expect((await run(['export', '--bogus'])).code).toBe(2);
  });
});

describe('parseSince', () => {
  const now = Date.UTC(2020, 7, 18, 18, 0);
  it.each([
    ['2020-08-18T15:00Z', Date.UTC(2020, 7, 18, 15, 0)],
    ['2020-08-18T15:00:30.5Z', Date.UTC(2020, 7, 18, 15, 0, 30, 500)],
    ['2020-08-18 15:00+02:00', Date.UTC(2020, 7, 18, 13, 0)],
    ['2020-08-18T15:00-0130', Date.UTC(2020, 7, 18, 16, 30)],
    ['2020-08-18', Date.UTC(2020, 7, 18)], // local midnight; the tests run in UTC
    ['2h', now - 2 * 3_600_000],
    ['30m', now - 30 * 60_000],
    ['3d', now - 3 * 86_400_000],
    ['90s', now - 90_000],
  ])('%s', (text, expected) => {
    expect(parseSince(text, now)).toBe(expected);
  });

  it.each(['yesterday', '2020-02-31', '2020-13-01', '2020-08-18T25:00Z', '2h ago', '', '-2h'])('refuses %j', (text) => {
    expect(parseSince(text, now)).toBeNull();
  });
});

describe('livedesk export: the archive', () => {
  it('reads the XDG default when --archive is not given', async () => {
    const data = tempDir();
    seedArchive(join(data, 'livedesk', 'archive.db'));
    const { code, stdout } = await run(['export'], { XDG_DATA_HOME: data, HOME: tempDir() });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).updates).toHaveLength(4);
  });

  it('falls back to ~/.local/share/livedesk/archive.db', async () => {
    const home = tempDir();
    seedArchive(join(home, '.local', 'share', 'livedesk', 'archive.db'));
    expect((await run(['export'], { HOME: home })).code).toBe(0);
  });

  it('reads the archive named in config.json, relative to its folder', async () => {
    const config = tempDir();
    mkdirSync(join(config, 'livedesk'));
    writeFileSync(join(config, 'livedesk', 'config.json'), '{ "archive": "kept.db" }');
    seedArchive(join(config, 'livedesk', 'kept.db'));
    const { code, stdout } = await run(['export', '--format', 'opml'], { XDG_CONFIG_HOME: config, HOME: tempDir() });
    expect(code).toBe(0);
    expect(stdout).toContain(WIRE);
  });

  it('warns about a broken config.json and carries on with the default archive', async () => {
    const config = tempDir();
    mkdirSync(join(config, 'livedesk'));
    writeFileSync(join(config, 'livedesk', 'config.json'), '{ "archive": "kept.db", }');
    const data = tempDir();
    seedArchive(join(data, 'livedesk', 'archive.db'));
    const { code, stdout, stderr } = await run(['export'], { XDG_CONFIG_HOME: config, XDG_DATA_HOME: data });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).updates).toHaveLength(4);
    expect(stderr).toMatch(/^livedesk: warning: .*config\.json line 1, column 25: a comma before "\}"/u);
  });

  it('explains that config.json turned archiving off', async () => {
    const config = tempDir();
    mkdirSync(join(config, 'livedesk'));
    writeFileSync(join(config, 'livedesk', 'config.json'), '{ "archive": false }');
    const { code, stderr } = await run(['export'], { XDG_CONFIG_HOME: config });
    expect(code).toBe(1);
    expect(stderr).toMatch(/archiving is turned off .*--archive PATH/u);
  });

  it('says there is no archive yet, and creates none', async () => {
    const path = archiveIn(tempDir());
    const { code, stdout, stderr } = await run(['export', '--archive', path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`livedesk: no archive at ${path} yet: run livedesk on a source first (or give --archive PATH)\n`);
    expect(existsSync(path)).toBe(false);
  });

  it('reports a file of random bytes as corrupt, with a remedy and no stack, and leaves it alone', async () => {
    const path = archiveIn(tempDir());
    const junk = randomBytes(64 * 1024);
    writeFileSync(path, junk);
    const { code, stdout, stderr } = await run(['export', '--archive', path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`the archive at ${path} is not a livedesk database`);
    expect(stderr).toMatch(/To fix it, move it aside/u);
    expect(stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(path).equals(junk)).toBe(true);
  });

  it('reports an archive whose pages were damaged after writing as damaged, with the way to recover, without a stack', async () => {
    const path = archiveIn(tempDir());
    const archive = mustOpen(path);
    archive.saveUpdates('demo', makeUpdates(500, 'demo').map((u) => ({ ...u, body: 'x'.repeat(500) })), [], START);
    archive.close();
    // Every other page after the first few: the header still reads, the tables do not.
    const fd = openSync(path, 'r+');
    for (let offset = 3 * 4096; offset < statSync(path).size; offset += 2 * 4096) writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, offset);
    closeSync(fd);
    const { code, stdout, stderr } = await run(['export', '--archive', path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/is damaged \(.*malformed.*\)/u);
    expect(stderr).toContain(`livedesk archive recover --archive ${path}`);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('refuses an archive from a newer livedesk, saying how to go on', async () => {
    const path = archiveIn(tempDir());
    mustOpen(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const { code, stderr } = await run(['export', '--archive', path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/written by a newer livedesk/u);
    expect(stderr).toMatch(/To fix it, upgrade livedesk/u);
    expect(stderr).not.toMatch(STACK_LINE);
  });
});

describe('livedesk export --help', () => {
  it('prints its own usage and exits 0', async () => {
    const { code, stdout } = await run(['export', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: livedesk export /u);
    for (const flag of ['--format', '--since', '--archive', '--help']) expect(stdout).toContain(flag);
  });

  it('leaves anything that is not a subcommand to the desk', async () => {
    for (const argv of [[], ['feeds/kati-mutiny-live.txt'], ['--json', 'export'], ['./export']]) {
      expect((await run(argv)).code).toBeNull();
    }
  });
});
