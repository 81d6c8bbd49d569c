import { describe, expect, it } from 'vitest';
import { sourceTags } from '../../src/sources/source-tags.js';

describe('sourceTags', () => {
  it('uses the file name without its extension', () => {
    expect(sourceTags(['feeds/live.txt'])).toEqual(['live']);
  });

  it('drops the words every name shares', () => {
    expect(sourceTags(['feeds/kati-mutiny-live.txt', 'feeds/kati-reactions.rss'])).toEqual(['mutiny-live', 'reactions']);
  });

  it('uses the host for URLs', () => {
    expect(sourceTags(['https://www.example.org/live.rss', 'https://news.example.net/feed'])).toEqual([
      'example.org',
      'news.exampl…',
    ]);
  });

  it('tells feeds on one host apart by their paths', () => {
    expect(sourceTags(['http://127.0.0.1:8765/live.rss', 'http://127.0.0.1:8766/wire.rss', 'http://127.0.0.1:8765/down.rss'])).toEqual([
      'live',
      'wire',
      'down',
    ]);
    expect(sourceTags(['https://feeds.example.com/news/world/africa/rss.xml', 'https://feeds.example.com/news/world/rss.xml', 'https://other.example/feed'])).toEqual([
      'africa/rss',
      'world/rss',
      'other.examp…',
    ]);
  });

  it('numbers names that would otherwise collide', () => {
    expect(sourceTags(['a/feed.xml', 'b/feed.xml'])).toEqual(['1:feed', '2:feed']);
  });
});
