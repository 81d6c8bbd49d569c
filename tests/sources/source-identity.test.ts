// A source is the file or the feed, not the text typed for it: relative, absolute
// and symlinked spellings of one file are one source; so are spellings of one URL.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseUrl, sourceIdFor } from '../../src/sources/source-identity.js';

function folderWithFeed(): { dir: string; feed: string } {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'livedesk-identity-')));
  mkdirSync(path.join(dir, 'feeds'));
  const feed = path.join(dir, 'feeds', 'wire.rss');
  writeFileSync(feed, '<rss/>');
  return { dir, feed };
}

describe('sourceIdFor: files', () => {
  it('gives one id for every spelling of one file: relative from anywhere, absolute, through a symlink', () => {
    const { dir, feed } = folderWithFeed();
    symlinkSync(path.join(dir, 'feeds'), path.join(dir, 'linked'));
    expect(sourceIdFor('feeds/wire.rss', dir)).toBe(feed);
    expect(sourceIdFor('./feeds//wire.rss', dir)).toBe(feed);
    expect(sourceIdFor('wire.rss', path.join(dir, 'feeds'))).toBe(feed);
    expect(sourceIdFor(feed, '/')).toBe(feed);
    expect(sourceIdFor(path.join(dir, 'feeds', '..', 'feeds', 'wire.rss'), '/')).toBe(feed);
    expect(sourceIdFor('linked/wire.rss', dir)).toBe(feed);
  });

  it('gives a missing file its absolute path, so it is the same source once it appears', () => {
    const { dir } = folderWithFeed();
    expect(sourceIdFor('feeds/later.txt', dir)).toBe(path.join(dir, 'feeds', 'later.txt'));
  });
});

describe('normaliseUrl', () => {
  it.each([
    ['HTTP://Example.ORG/live.rss', 'http://example.org/live.rss'],
    ['http://example.org:80/live.rss', 'http://example.org/live.rss'],
    ['https://example.org:443/live.rss', 'https://example.org/live.rss'],
    ['https://example.org', 'https://example.org/'],
    ['https://example.org/live.rss#latest', 'https://example.org/live.rss'],
    ['https://example.org/%7euser/feed%2fx', 'https://example.org/~user/feed%2Fx'],
    ['https://example.org/a/../live.rss', 'https://example.org/live.rss'],
    ['https://bücher.example/feed', 'https://xn--bcher-kva.example/feed'],
    ['https://example.org/feed?b=2&a=1', 'https://example.org/feed?b=2&a=1'],
  ])('%s → %s', (typed, normal) => {
    expect(normaliseUrl(typed)).toBe(normal);
    expect(sourceIdFor(typed)).toBe(normal);
  });

  it('leaves what is not a URL as it was', () => {
    expect(normaliseUrl('http://[not a host/feed')).toBe('http://[not a host/feed');
  });
});
