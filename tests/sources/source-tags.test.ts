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

  it('numbers names that would otherwise collide', () => {
    expect(sourceTags(['a/feed.xml', 'b/feed.xml'])).toEqual(['1:feed', '2:feed']);
  });
});
