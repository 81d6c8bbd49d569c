// Sources from the command line, --urls and --opml files on disk, and the
// config: order kept, repeats dropped, and what was skipped said in words.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameSource } from '../../src/config/listed-names.js';
import { collectSources, resolveListedLocation } from '../../src/config/source-list.js';
import { emptySource } from '../../src/sources/empty-source.js';
import { sourceIdFor } from '../../src/sources/source-identity.js';
import { useTempDir } from '../archive/temp-archive.js';

const tempDir = useTempDir();

const URLS = [
  '# newsboat urls file',
  'https://example.org/live.rss "~Live blog" news',
  '',
  '   https://example.org/wire.atom   # inline comment',
  'exec:~/bin/scrape-feed',
  'query:"Unread":unread = "yes"',
  'feeds/kati.txt',
  'https://example.org/live.rss',
].join('\n');

const OPML = `<?xml version="1.0"?>
<opml version="2.0"><head><title>exported</title></head><body>
  <outline text="News">
    <outline type="rss" text="Wire" xmlUrl="https://example.org/wire.atom"/>
    <outline type="rss" text="Other" xmlUrl="https://example.net/other.json"/>
  </outline>
  <!-- <outline xmlUrl="https://commented.out/feed"/> -->
</body></opml>`;

function listFiles(): { urls: string; opml: string; dir: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'urls'), URLS);
  writeFileSync(join(dir, 'feeds.opml'), OPML);
  return { urls: join(dir, 'urls'), opml: join(dir, 'feeds.opml'), dir };
}

describe('collectSources', () => {
  it('joins positional, urls and opml in that order, dropping repeats and comments', async () => {
    const { urls, opml, dir } = listFiles();
    const result = await collectSources({
      positional: ['https://example.org/wire.atom', 'local.txt'],
      urlsFile: urls,
      opmlFile: opml,
      configSources: ['https://config.example/never-used.rss'],
    });
    expect(result.locations).toEqual([
      'https://example.org/wire.atom',
      'local.txt',
      'https://example.org/live.rss',
      join(dir, 'feeds/kati.txt'),
      'https://example.net/other.json',
    ]);
    expect(result.problems).toEqual([
      `--urls ${urls}: line 5: exec feeds run commands; livedesk never runs them`,
      `--urls ${urls}: line 6: query feeds are newsboat searches, not feeds`,
    ]);
  });

  it('keeps what a urls file calls its sources and their tags, by source id; an OPML file’s labels are not names', async () => {
    const { urls, opml, dir } = listFiles();
    const result = await collectSources({ positional: [], urlsFile: urls, opmlFile: opml });
    expect([...result.names]).toEqual([
      [sourceIdFor('https://example.org/live.rss'), { title: 'Live blog', labels: ['news'] }],
    ]);
    const blog = { ...emptySource(join(dir, 'feeds/kati.txt')) };
    expect(nameSource(blog, result.names)).toBe(blog);
    const live = emptySource('https://EXAMPLE.org:443/live.rss');
    expect(nameSource(live, result.names)).toMatchObject({ title: 'Live blog', labels: ['news'] });
  });

  it('keeps a relative list file’s paths relative, as if they had been typed', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'lists'));
    writeFileSync(join(dir, 'lists', 'urls'), 'feeds/kati.txt\n/abs/feed.xml\n~/wire.rss\n');
    // A relative path to the list, as a person would type it from the working folder.
    const typed = relative(process.cwd(), join(dir, 'lists', 'urls'));
    const result = await collectSources({ positional: [], urlsFile: typed, env: { HOME: '/home/reader' } });
    expect(result.locations).toEqual([join(dirname(typed), 'feeds', 'kati.txt'), '/abs/feed.xml', join('/home/reader', 'wire.rss')]);
    expect(isAbsolute(result.locations[0]!)).toBe(false);
  });

  it('falls back to the config sources only when nothing else names any', async () => {
    const configSources = ['https://example.org/a.rss', 'https://example.org/a.rss', 'https://example.org/b.rss'];
    expect((await collectSources({ positional: [], configSources })).locations).toEqual(['https://example.org/a.rss', 'https://example.org/b.rss']);
    expect((await collectSources({ positional: ['x.txt'], configSources })).locations).toEqual(['x.txt']);
    const { opml } = listFiles();
    expect((await collectSources({ positional: [], opmlFile: opml, configSources })).locations).toEqual([
      'https://example.org/wire.atom',
      'https://example.net/other.json',
    ]);
  });

  it('reports an unreadable or empty list and carries on with the rest', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty'), '# nothing yet\n');
    writeFileSync(join(dir, 'not.opml'), '<html></html>');
    const missing = join(dir, 'missing');
    const result = await collectSources({
      positional: ['a.txt'],
      urlsFile: missing,
      opmlFile: join(dir, 'not.opml'),
      configSources: ['config.rss'],
    });
    expect(result.locations).toEqual(['a.txt']);
    expect(result.problems).toEqual([
      `--urls ${missing}: cannot read it (no such file)`,
      `--opml ${join(dir, 'not.opml')}: this is not an OPML file (no <opml> element)`,
    ]);
    expect((await collectSources({ positional: [], urlsFile: join(dir, 'empty') })).problems).toEqual([`--urls ${join(dir, 'empty')}: lists no feeds`]);
    expect((await collectSources({ positional: [], urlsFile: dir })).problems).toEqual([`--urls ${dir}: cannot read it (it is a folder)`]);
  });
});

describe('resolveListedLocation', () => {
  it('leaves URLs and absolute paths, expands ~/ and joins the rest to the list’s folder', () => {
    expect(resolveListedLocation('https://a.example/f', '/lists', '/home/r')).toBe('https://a.example/f');
    expect(resolveListedLocation('/abs.xml', '/lists', '/home/r')).toBe('/abs.xml');
    expect(resolveListedLocation('~/f.xml', '/lists', '/home/r')).toBe(join('/home/r', 'f.xml'));
    expect(resolveListedLocation('~/f.xml', '/lists', null)).toBe('~/f.xml');
    expect(resolveListedLocation('f.xml', '/lists', '/home/r')).toBe(join('/lists', 'f.xml'));
  });
});
