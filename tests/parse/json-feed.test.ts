import { describe, expect, it } from 'vitest';
import { parseJsonFeed } from '../../src/parse/parse-json-feed.js';

const feed11 = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Live: the &amp; desk',
  description: '<p>All the news</p>',
  home_page_url: 'https://example.org/',
  authors: [{ name: 'Desk' }],
  items: [
    {
      id: 42,
      title: 'First',
      content_html: '<p>Hello <b>there</b></p><p>again</p>',
      content_text: 'ignored',
      url: 'https://example.org/1',
      date_published: '2024-05-01T10:00:00+02:00',
      authors: [{ name: 'Ann' }, { name: 'Bo' }, { url: 'https://no-name.example' }],
    },
    {
      id: 'b',
      content_text: 'Plain   text\n\nsecond paragraph',
      external_url: 'https://elsewhere.example/2',
      date_modified: '2024-05-01T09:00:00Z',
    },
    { id: 'c', summary: 'Just a summary', date_published: 'not a date' },
  ],
});

describe('parseJsonFeed', async () => {
  it('maps a JSON Feed 1.1 document', async () => {
    const parsed = await parseJsonFeed(feed11);
    expect(parsed).toMatchObject({
      kind: 'json-feed',
      title: 'Live: the & desk',
      summary: 'All the news',
      link: 'https://example.org/',
    });
    expect(parsed.updates[0]).toEqual({
      id: '42',
      time: Date.UTC(2024, 4, 1, 8, 0, 0),
      timeText: '2024-05-01T10:00:00+02:00',
      title: 'First',
      body: 'Hello there\n\nagain',
      link: 'https://example.org/1',
      author: 'Ann, Bo',
    });
  });

  it('falls back to external_url, date_modified, content_text and the feed author', async () => {
    const second = (await parseJsonFeed(feed11)).updates[1];
    expect(second).toEqual({
      id: 'b',
      time: Date.UTC(2024, 4, 1, 9, 0, 0),
      timeText: '2024-05-01T09:00:00Z',
      title: '',
      body: 'Plain text\n\nsecond paragraph',
      link: 'https://elsewhere.example/2',
      author: 'Desk',
    });
  });

  it('keeps an unreadable date as text with no time', async () => {
    const third = (await parseJsonFeed(feed11)).updates[2];
    expect(third).toMatchObject({ time: null, timeText: 'not a date', body: 'Just a summary' });
  });

  it('reads the JSON Feed 1.0 singular author', async () => {
    const parsed = await parseJsonFeed(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1', items: [{ id: '1', author: { name: 'Solo' } }] }),
    );
    expect(parsed.title).toBeNull();
    expect(parsed.updates[0]?.author).toBe('Solo');
  });

  it('rejects invalid JSON and JSON that is not a feed in plain words', async () => {
    await expect(parseJsonFeed('{"version": ')).rejects.toThrow(/^not valid JSON: /);
    await expect(parseJsonFeed('[1, 2]')).rejects.toThrow(/^not a JSON Feed: /);
    await expect(parseJsonFeed('{"hello": "world"}')).rejects.toThrow(/^not a JSON Feed: /);
  });
});

describe('parseJsonFeed without markup', () => {
  it('reads a feed with no HTML in it exactly as the HTML converter would', async () => {
    const plain = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: '  Desk\n  feed ',
      description: 'Line one\n\nline two',
      items: [{ id: '1', title: 'A   title', content_text: 'Body\n\nmore' }],
    });
    const parsed = await parseJsonFeed(plain);
    expect(parsed).toMatchObject({ title: 'Desk feed', summary: 'Line one line two' });
    expect(parsed.updates[0]).toMatchObject({ title: 'A title', body: 'Body\n\nmore' });
  });
});
