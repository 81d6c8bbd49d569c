// The small readers under the page reader: printed times, relative times, dates in
// attributes, the day a bare clock falls on, JSON-LD that is not quite JSON — and
// the reader as a whole on arbitrary markup, which may fail only in plain words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLenientJson } from '../../../src/parse/html/lenient-json.js';
import { parseHtmlPage } from '../../../src/parse/html/parse-html-page.js';
import { assignClockTimes, pageClock, readDateText, readEpoch } from '../../../src/parse/html/page-times.js';
import { readClockText, readRelativeTime, usZoneOffset } from '../../../src/parse/html/read-clock-text.js';

describe('readClockText', () => {
  it.each([
    ['11.25 BST', 11 * 60 + 25, 60, null, '11.25 BST'],
    ['Posted at 09:47', 9 * 60 + 47, null, null, '09:47'],
    ['20:14 (IST)', 20 * 60 + 14, 330, null, '20:14 (IST)'],
    ['Updated: 4:40 p.m. EDT', 16 * 60 + 40, -240, null, '4:40 p.m. EDT'],
  ])('reads %j', (text, minutes, offset, day, shown) => {
    expect(readClockText(text)).toMatchObject({ minutesOfDay: minutes, offsetMinutes: offset, day, text: shown });
  });

  it('reads a date on either side of the clock', () => {
    expect(readClockText('18:26 (IST), Oct 05')?.day).toEqual({ year: null, month: 10, day: 5 });
    expect(readClockText('9 March 2022 17:38')).toMatchObject({ minutesOfDay: 17 * 60 + 38, day: { year: 2022, month: 3, day: 9 } });
    expect(readClockText('Jan 7, 2024, 8:14 pm IST')).toMatchObject({ minutesOfDay: 20 * 60 + 14, offsetMinutes: 330 });
  });

  it('leaves US zones without a season to the date, and refuses what is not only a time', () => {
    expect(readClockText('4:40 pm ET')).toMatchObject({ offsetMinutes: null, usZone: 'ET' });
    expect(usZoneOffset('ET', 2024, 3, 9)).toBe(-300);
    expect(usZoneOffset('ET', 2024, 3, 10)).toBe(-240);
    expect(usZoneOffset('PT', 2024, 11, 3)).toBe(-480);
    for (const text of ['3.45', '£12.50', 'Mara Quillon9 March 2022 17:38', '16:40 GMT – Soldiers seen', '4m ago']) {
      expect(readClockText(text), text).toBeNull();
    }
  });
});

describe('readRelativeTime', () => {
  it('reads how long ago in milliseconds', () => {
    expect(readRelativeTime('4m ago')).toBe(4 * 60_000);
    expect(readRelativeTime('2 hours ago')).toBe(2 * 3_600_000);
    expect(readRelativeTime('an hour ago')).toBe(3_600_000);
    expect(readRelativeTime('Just now')).toBe(0);
    expect(readRelativeTime('4 more ago')).toBeNull();
  });
});

describe('readDateText and readEpoch', () => {
  it('reads ISO dates with or without a zone, and epoch seconds or milliseconds', () => {
    expect(readDateText('2023-11-04T20:41:17+05:30')).toEqual({ ms: Date.parse('2023-11-04T15:11:17Z'), offsetMinutes: 330 });
    expect(readDateText('2024-03-04T16:56Z')?.ms).toBe(Date.parse('2024-03-04T16:56:00Z'));
    expect(readDateText('2024-03-04T16:56', 60)).toEqual({ ms: Date.parse('2024-03-04T15:56:00Z'), offsetMinutes: null });
    expect(readDateText('Tue, 05 Mar 2024 09:00:00 GMT')?.ms).toBe(Date.parse('2024-03-05T09:00:00Z'));
    expect(readDateText('soon')).toBeNull();
    expect(readEpoch('1650011234')).toBe(1650011234000);
    expect(readEpoch('1731002233445')).toBe(1731002233445);
    expect(readEpoch('20240304')).toBeNull();
  });
});

describe('assignClockTimes', () => {
  const clock = (text: string) => readClockText(text);

  it('walks a newest-first list back across midnight', () => {
    const page = pageClock(['2024-03-05T00:45:00Z'], new Date('2030-01-01'));
    const times = assignClockTimes([clock('00:40'), clock('00:05'), clock('23:50'), null, clock('22:10')], page);
    expect(times.map((ms) => (ms === null ? null : new Date(ms).toISOString()))).toEqual([
      '2024-03-05T00:40:00.000Z',
      '2024-03-05T00:05:00.000Z',
      '2024-03-04T23:50:00.000Z',
      null,
      '2024-03-04T22:10:00.000Z',
    ]);
  });

  it('reads an oldest-first list the other way, in the zone the page writes its dates in', () => {
    const page = pageClock(['2024-03-05T01:30:00+01:00'], new Date('2030-01-01'));
    const times = assignClockTimes([clock('23:40'), clock('00:10'), clock('01:20')], page);
    expect(times.map((ms) => new Date(ms ?? 0).toISOString())).toEqual([
      '2024-03-04T22:40:00.000Z',
      '2024-03-04T23:10:00.000Z',
      '2024-03-05T00:20:00.000Z',
    ]);
  });
});

describe('parseLenientJson', () => {
  it('reads comments, trailing commas and raw line breaks in strings, and gives null for the rest', () => {
    expect(parseLenientJson('{"a": 1, // one\n "b": [2, 3,], /* x */ "c": "line\nbreak", }')).toEqual({ a: 1, b: [2, 3], c: 'line\nbreak' });
    expect(parseLenientJson('//<![CDATA[\n{"url": "https://a.example//b"}\n//]]>')).toEqual({ url: 'https://a.example//b' });
    expect(parseLenientJson('{"a": ')).toBeNull();
  });
});

describe('parseHtmlPage on any markup', () => {
  const pieces = fc.constantFrom(
    '<html>', '<body>', '<article id="a">', '</article>', '<div>', '</div>', '<p>', '</p>', '<time datetime="2024-03-04T10:00:00Z">',
    '</time>', '12:50 BST', '4m ago', '<h2>', '</h2>', 'Words of a story. ', '<script type="application/ld+json">', '</script>',
    '{"@type":"LiveBlogPosting","liveBlogUpdate":[{"headline":"x"', '<link rel="alternate" type="application/rss+xml" href="/f">',
    '<title>', '</title>', '404', '&amp;', '\u001b[31m', '<ul><li>', '</li></ul>', '<a href="#a">',
  );

  it('gives a feed or an Error with one line of plain words, never anything else', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        try {
          const feed = parseHtmlPage(parts.join(''), { pageUrl: 'https://page.example/', fallbackDate: new Date('2024-03-05T00:00:00Z') });
          expect(feed.kind).toBe('web-page');
          expect(feed.updates.length > 0 || (feed.feeds?.length ?? 0) > 0).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).not.toContain('\n');
          expect((error as Error).message).toMatch(/^this (?:is an error page|web page)/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('structured updates that share one id', () => {
  it('keeps them apart: an id on every update that names the page names none of them', () => {
    const updates = [1, 2, 3].map((n) => ({
      '@type': 'BlogPosting',
      '@id': 'https://alder.example/live',
      url: 'https://alder.example/live',
      headline: `Update ${n}`,
      datePublished: `2024-03-04T1${n}:00:00Z`,
      articleBody: `Text of update ${n}.`,
    }));
    const html = `<!doctype html><html><head><title>Live</title><script type="application/ld+json">${JSON.stringify({ '@type': 'LiveBlogPosting', headline: 'Live', liveBlogUpdate: updates })}</script></head><body></body></html>`;
    const feed = parseHtmlPage(html, { pageUrl: null, fallbackDate: new Date('2024-03-05T00:00:00Z') });
    expect(feed.updates.map((update) => [update.id, update.title])).toEqual([
      [null, 'Update 1'],
      [null, 'Update 2'],
      [null, 'Update 3'],
    ]);
  });
});

describe('update blocks that share one id', () => {
  it('keeps them apart when their words differ', () => {
    const block = (n: number) => `<div class="post" id="post"><time datetime="2024-03-04T1${n}:00:00Z">1${n}:00</time><h3>Update ${n}</h3><p>Words of update number ${n} on the storm.</p></div>`;
    const html = `<!doctype html><html><head><title>Live</title><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Live"}</script></head><body><div>${[3, 2, 1].map(block).join('')}</div></body></html>`;
    const feed = parseHtmlPage(html, { pageUrl: null, fallbackDate: new Date('2024-03-05T00:00:00Z') });
    expect(feed.updates.map((update) => [update.id, update.title])).toEqual([
      [null, 'Update 3'],
      [null, 'Update 2'],
      [null, 'Update 1'],
    ]);
  });
});

describe('a date printed in its own element beside a clock', () => {
  it('places the clock on that date, even days apart', () => {
    const block = (id: string, clock: string, date: string, title: string) =>
      `<div class="lb" id="${id}"><div class="meta"><span class="time">${clock}</span><span class="date">${date}</span></div><h4>${title}</h4><p>Words about ${title.toLowerCase()} from the desk.</p></div>`;
    const html = `<!doctype html><html><head><title>Live</title><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Live","dateModified":"2023-10-03T10:05:00+05:30"}</script></head><body><section>${[
      block('b3', '10:00 (IST)', 'Oct 03', 'Polls open'),
      block('b2', '23:00 (IST)', 'Oct 01', 'Campaign ends'),
      block('b1', '09:30 (IST)', 'Sep 30', 'Rally in the capital'),
    ].join('')}</section></body></html>`;
    const feed = parseHtmlPage(html, { pageUrl: null, fallbackDate: new Date('2024-01-01T00:00:00Z') });
    expect(feed.updates.map((update) => [new Date(update.time ?? 0).toISOString(), update.timeText])).toEqual([
      ['2023-10-03T04:30:00.000Z', '10:00 (IST)'],
      ['2023-10-01T17:30:00.000Z', '23:00 (IST)'],
      ['2023-09-30T04:00:00.000Z', '09:30 (IST)'],
    ]);
  });
});

describe('a datetime that is only a date', () => {
  it('dates the clock printed in it instead of making the update midnight', () => {
    const block = (id: string, day: string, clock: string) =>
      `<article id="${id}"><time datetime="${day}">${clock}</time><h3>Update ${id}</h3><p>Words of update ${id} about the storm on the coast, where the wind has not dropped since the morning and the ferries stay in port.</p></article>`;
    const html = `<!doctype html><html><head><title>Live</title></head><body><main>${[
      block('a3', '2024-03-05', '08:15 GMT'),
      block('a2', '2024-03-04', '22:40 GMT'),
      block('a1', '2024-03-04', '21:05 GMT'),
    ].join('')}</main></body></html>`;
    const feed = parseHtmlPage(html, { pageUrl: null, fallbackDate: new Date('2024-03-06T00:00:00Z') });
    expect(feed.updates.map((update) => new Date(update.time ?? 0).toISOString())).toEqual([
      '2024-03-05T08:15:00.000Z',
      '2024-03-04T22:40:00.000Z',
      '2024-03-04T21:05:00.000Z',
    ]);
  });
});

describe("an article with its readers' comments", () => {
  it('is one article, not a live blog of comments', () => {
    const comment = (n: number) =>
      `<li class="comment" id="c${n}"><time datetime="2024-03-06T1${n}:00:00Z">1${n}:00</time><p>Comment ${n}: I have lived by the harbour for forty years and never seen the sea come over the wall like that, not even in the great storm.</p></li>`;
    const html = `<!doctype html><html><head><title>Sea wall to be raised</title><meta property="og:type" content="article"></head><body><article><h1>Sea wall to be raised</h1>
      <div class="story"><p>Port Alder will raise its sea wall by a metre after the storm sent waves over the old one, the council decided on Wednesday evening after a long debate.</p>
      <p>"We were lucky this time, and luck is not a plan," the mayor told reporters after the vote, which passed by nine votes to four.</p></div></article>
      <section id="comments"><ol class="comment-list">${[5, 4, 3, 2, 1].map(comment).join('')}</ol></section></body></html>`;
    const feed = parseHtmlPage(html, { pageUrl: null, fallbackDate: new Date('2024-03-07T00:00:00Z') });
    expect(feed.updates).toHaveLength(1);
    expect(feed.updates[0]?.title).toBe('Sea wall to be raised');
    expect(feed.updates[0]?.body).not.toContain('Comment');
  });
});
