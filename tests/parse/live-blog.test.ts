import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLiveBlog } from '../../src/parse/parse-live-blog.js';
import { describeWithShared, SEED } from '../shared-material.js';
import { seededRandom } from '../fixtures/seeded-random.js';

const repoRoot = new URL('../../', import.meta.url);
const demoPath = fileURLToPath(new URL('feeds/kati-mutiny-live.txt', repoRoot));

function readRequired(path: string): string {
  // A missing fixture must fail the run, never quietly skip it.
  if (!existsSync(path)) throw new Error(`Live-blog fixture not found at ${path}; the parser tests need it.`);
  return readFileSync(path, 'utf8');
}

const AUG_18 = new Date(Date.UTC(2020, 7, 18, 21, 0));
const utc = (day: number, hour: number, minute: number) => Date.UTC(2020, 7, day, hour, minute);
const parse = (text: string, fallbackDate = AUG_18) => parseLiveBlog(text, { fallbackDate });
const times = (text: string, fallbackDate = AUG_18) => parse(text, fallbackDate).updates.map((u) => u.time);

describeWithShared(SEED, 'parseLiveBlog on the seed blog', () => {
  const feed = () => parse(readRequired(SEED.path));

  it('finds the five entries with their times and titles as written', () => {
    const { kind, updates } = feed();
    expect(kind).toBe('live-blog');
    expect(updates.map((u) => [u.timeText, u.title])).toEqual([
      ['16:40 GMT', 'Protesters gather in Bamako'],
      ['16:07 GMT', 'Mali PM calls for dialogue'],
      ['16:04 GMT', 'France condemns Mali ‘mutiny’'],
      ['15:50 GMT', 'ECOWAS urges Mali soldiers to ‘return to barracks’'],
      ['15:30 GMT', 'Warnings of possible mutiny'],
    ]);
    expect(updates.map((u) => u.time)).toEqual([
      utc(18, 16, 40), utc(18, 16, 7), utc(18, 16, 4), utc(18, 15, 50), utc(18, 15, 30),
    ]);
    for (const u of updates) expect([u.id, u.link, u.author]).toEqual([null, null, null]);
  });

  it('keeps the four lead paragraphs as the summary, without the lead-in line', () => {
    const { title, summary } = feed();
    expect(title).toBeNull(); // the first line is a full sentence, not a headline
    const paragraphs = summary?.split('\n\n') ?? [];
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Malian soldiers have taken up arms/);
    expect(paragraphs[3]).toMatch(/advised their citizens to stay indoors\.$/);
    expect(summary).not.toMatch(/latest updates/i);
  });

  it('keeps captions and the read-more stub out of the bodies', () => {
    const [protests, pm, france, , warnings] = feed().updates;
    expect(protests?.body.split('\n\n')).toHaveLength(4);
    expect(protests?.body).toMatch(/^In Bamako, hundreds of people/);
    expect(protests?.body).toMatch(/a Reuters witness said\.$/);
    expect(protests?.body).not.toContain('Rey Byhre');
    expect(pm?.body.split('\n\n')).toHaveLength(2);
    expect(france?.body).not.toContain('A protest movement calling');
    expect(warnings?.body).toMatch(/news agency reported\.$/);
    expect(warnings?.body).not.toContain('Read more');
  });

  it('gives the same result for CRLF and lone-CR line endings', () => {
    const text = readRequired(SEED.path);
    const expected = parse(text);
    expect(parse(text.replace(/\r?\n/g, '\r\n'))).toEqual(expected);
    expect(parse(text.replace(/\r?\n/g, '\r'))).toEqual(expected);
  });
});

describe('parseLiveBlog on our demo blog', () => {
  it('parses 14 entries, the newest after midnight on 19 August', () => {
    // The fallback is a different year on purpose: the file's own date line must win.
    const feed = parse(readRequired(demoPath), new Date(Date.UTC(2024, 0, 5)));
    expect(feed.title).toBe('Mali: soldiers mutiny at Kati base – live');
    expect(feed.updates).toHaveLength(14);
    expect(feed.updates[0]?.timeText).toBe('00:15 GMT');
    expect(feed.updates[0]?.time).toBe(utc(19, 0, 15));
    expect(feed.updates[1]?.time).toBe(utc(18, 23, 50));
    expect(feed.updates.at(-1)?.time).toBe(utc(18, 13, 5));
    for (const u of feed.updates) {
      expect(u.body).not.toContain('[Desk photo');
      expect(u.body.length).toBeGreaterThan(0);
    }
    expect(feed.summary).not.toMatch(/Live updates/);
  });

  it('gives the same result for CRLF and lone-CR line endings', () => {
    const text = readRequired(demoPath);
    const expected = parse(text);
    expect(expected.updates).toHaveLength(14);
    expect(parse(text.replace(/\r?\n/g, '\r\n'))).toEqual(expected);
    expect(parse(text.replace(/\r?\n/g, '\r'))).toEqual(expected);
  });
});

describe('parseLiveBlog time lines', () => {
  it('accepts en dash, em dash, hyphen, colon and bar separators', () => {
    const feed = parse(['10:00 GMT – One', '09:00 GMT — Two', '08:00 GMT - Three', '07:00 GMT: Four', '06:00 GMT | Five'].join('\n'));
    expect(feed.updates.map((u) => u.title)).toEqual(['One', 'Two', 'Three', 'Four', 'Five']);
    expect(feed.updates.map((u) => u.time)).toEqual([utc(18, 10, 0), utc(18, 9, 0), utc(18, 8, 0), utc(18, 7, 0), utc(18, 6, 0)]);
  });

  it('keeps a colon inside the title, with or without a zone', () => {
    const feed = parse('16:07 GMT: Mali: PM calls for dialogue\n15:00: Update: more troops seen');
    expect(feed.updates.map((u) => [u.timeText, u.title])).toEqual([
      ['16:07 GMT', 'Mali: PM calls for dialogue'],
      ['15:00', 'Update: more troops seen'],
    ]);
  });

  it('reads am/pm, dotted and 16h40 clocks', () => {
    const text = ['4:40pm – A', '4.35pm – B', '4:30 p.m. – C', '16h20 – D', '12:15 PM – E', '11:05 a.m. – F', '12:10am – G'].join('\n');
    expect(times(text)).toEqual([
      utc(18, 16, 40), utc(18, 16, 35), utc(18, 16, 30), utc(18, 16, 20), utc(18, 12, 15), utc(18, 11, 5), utc(18, 0, 10),
    ]);
    expect(parse(text).updates[2]?.timeText).toBe('4:30 p.m.');
  });

  it('converts zone abbreviations to the right UTC instant', () => {
    // Every clock below is 16:40 UTC on 18 August, except where the zone moves the day.
    const cases: [string, number][] = [
      ['16:40 GMT', utc(18, 16, 40)],
      ['16:40 UTC', utc(18, 16, 40)],
      ['17:40 BST', utc(18, 16, 40)],
      ['18:40 CEST', utc(18, 16, 40)],
      ['17:40 CET', utc(18, 16, 40)],
      ['17:40 WAT', utc(18, 16, 40)],
      ['19:40 EAT', utc(18, 16, 40)],
      ['12:40 EDT', utc(18, 16, 40)],
      ['11:40 EST', utc(18, 16, 40)],
      ['9:40am PDT', utc(18, 16, 40)],
      ['8:40 PST', utc(18, 16, 40)],
      ['22:10 IST', utc(18, 16, 40)],
      ['18:40 GMT+2', utc(18, 16, 40)],
      ['01:40 JST', utc(17, 16, 40)], // 01:40 on the 18th in Tokyo is still the 17th in UTC
      ['02:40 AEST', utc(17, 16, 40)],
      ['4:40pm PDT', utc(18, 23, 40)],
      ['7:40pm PST', utc(19, 3, 40)],
    ];
    for (const [clock, expected] of cases) {
      const [update] = parse(`Tuesday 18 August 2020\n${clock} – Headline`).updates;
      expect({ clock, time: update?.time }).toEqual({ clock, time: expected });
      expect(update?.timeText).toBe(clock);
    }
  });

  it('keeps the text but gives no instant for an unknown zone; no zone counts as UTC', () => {
    const [unknown] = parse('16:40 XYZ – Something happened').updates;
    expect(unknown).toMatchObject({ timeText: '16:40 XYZ', time: null, title: 'Something happened' });
    expect(times('16:40 – Something happened')).toEqual([utc(18, 16, 40)]);
  });

  it('takes a title from the next line when the time stands alone', () => {
    const feed = parse('16:40 GMT\nProtesters gather\nHundreds arrived.\n\n16:00 GMT\n\nSecond headline\nMore text.');
    expect(feed.updates.map((u) => [u.title, u.body])).toEqual([
      ['Protesters gather', 'Hundreds arrived.'],
      ['Second headline', 'More text.'],
    ]);
  });

  it('does not take body lines that merely start with a number for time lines', () => {
    const feed = parse('10:00 GMT – Start\n15 August is a holiday.\n3.5 million people - an estimate.\n15:30-16:00 was quiet.');
    expect(feed.updates).toHaveLength(1);
    expect(feed.updates[0]?.body.split('\n\n')).toHaveLength(3);
  });
});

describe('parseLiveBlog dates', () => {
  const fallback2024 = new Date(Date.UTC(2024, 0, 5, 12));

  it('uses a date line in any common form instead of the fallback', () => {
    for (const dateLine of ['Tuesday 18 August 2020', '18 August 2020', 'Tue, 18th Aug 2020', 'August 18, 2020', '2020-08-18']) {
      expect({ dateLine, times: times(`Lead.\n${dateLine}\n16:40 GMT – A`, fallback2024) }).toEqual({
        dateLine,
        times: [utc(18, 16, 40)],
      });
    }
  });

  it('uses a "Last updated" date in the lead, and keeps it out of the summary', () => {
    const feed = parse('A lead.\nLast updated: 18 Aug 2020 16:50 GMT\n16:40 GMT – A\n15:00 GMT – B', fallback2024);
    expect(feed.updates.map((u) => u.time)).toEqual([utc(18, 16, 40), utc(18, 15, 0)]);
    expect(feed.summary).toBe('A lead.');
  });

  it('honours day headers between entries and a date on the time line', () => {
    const text = [
      'Tuesday 18 August 2020', '09:00 GMT – A', 'Body of A.',
      'Monday 17 August 2020', '22:00 GMT – B', '08:00 GMT – C',
      '16 August 2020, 23:30 GMT – D',
    ].join('\n');
    const feed = parse(text, fallback2024);
    expect(feed.updates.map((u) => u.time)).toEqual([utc(18, 9, 0), utc(17, 22, 0), utc(17, 8, 0), utc(16, 23, 30)]);
    expect(feed.updates[0]?.body).toBe('Body of A.');
  });

  it('steps back a day when a newest-first blog crosses midnight', () => {
    const text = '00:40 GMT – A\n00:10 GMT – B\n23:50 GMT – C\n23:20 GMT – D';
    const expected = [utc(19, 0, 40), utc(19, 0, 10), utc(18, 23, 50), utc(18, 23, 20)];
    // A date line names the day the coverage starts; the file date is the newest entry's day.
    expect(times(`Tuesday 18 August 2020\n${text}`, fallback2024)).toEqual(expected);
    expect(times(text, new Date(Date.UTC(2020, 7, 19, 1)))).toEqual(expected);
  });

  it('detects an oldest-first blog and moves forward a day at midnight', () => {
    const text = '22:00 GMT – A\n23:20 GMT – B\n23:50 GMT – C\n00:10 GMT – D\n00:40 GMT – E';
    const expected = [utc(18, 22, 0), utc(18, 23, 20), utc(18, 23, 50), utc(19, 0, 10), utc(19, 0, 40)];
    expect(times(`Tuesday 18 August 2020\n${text}`, fallback2024)).toEqual(expected);
    expect(times(text, new Date(Date.UTC(2020, 7, 19, 1)))).toEqual(expected);
  });

  it('reads a two-entry blog across midnight as newest first', () => {
    expect(times('00:15 GMT – A\n23:50 GMT – B', new Date(Date.UTC(2020, 7, 19)))).toEqual([utc(19, 0, 15), utc(18, 23, 50)]);
  });
});

describe('parseLiveBlog lead, title and prose', () => {
  it('returns no updates and the whole text as summary when there are no time lines', () => {
    const feed = parse('Just some text.\n\nAnother paragraph.');
    expect(feed).toEqual({ kind: 'live-blog', title: null, summary: 'Just some text.\n\nAnother paragraph.', link: null, updates: [] });
    expect(parse('')).toEqual({ kind: 'live-blog', title: null, summary: null, link: null, updates: [] });
  });

  it('takes a short first line standing alone as the title', () => {
    const feed = parse('Mali mutiny live\n\nSoldiers rose up.\n\nLive updates:\n16:40 GMT – A');
    expect(feed.title).toBe('Mali mutiny live');
    expect(feed.summary).toBe('Soldiers rose up.');
  });

  it('does not take a wrapped first lead line, or a lone line, as the title', () => {
    expect(parse('Soldiers at the base rose up\non Tuesday morning.\n16:40 GMT – A').title).toBeNull();
    expect(parse('Soldiers at the base rose up\non Tuesday morning.').summary).toBe('Soldiers at the base rose up on Tuesday morning.');
    expect(parse('Mali mutiny live').title).toBeNull();
  });

  it('drops captions with bracketed or "(Photo: …)" credits but keeps other brackets', () => {
    const body = parse(
      '16:40 GMT – A\nCrowds in the square [File: Jane Doe/AFP]\nHe said it was over [sic]\nA crowd (Photo: AFP)\nThe end.\nRead more: the background',
    ).updates[0]?.body;
    // "]" closes a sentence-like line, and a dropped caption still breaks the paragraph.
    expect(body).toBe('He said it was over [sic]\n\nThe end.');
  });

  it('separates paragraphs by blank lines and joins hard-wrapped lines', () => {
    const body = parse('16:40 GMT – A\nFirst paragraph that was\nwrapped here.\n\nSecond one.\nThird one.').updates[0]?.body;
    expect(body).toBe('First paragraph that was wrapped here.\n\nSecond one.\n\nThird one.');
  });
});

describe('parseLiveBlog on random text', () => {
  const clocks = ['16:40', '4.40pm', '12:00 a.m.', '25:99', '16h40', '9', '0:00', '23:59'];
  const zones = ['', ' GMT', ' XYZ', ' gmt', ' UTC+14', ' (CEST)', ' PM'];
  const separators = [' – ', ' — ', ' - ', ': ', ' | ', ' ', '-', ''];
  const words = [
    'Title', 'Mali', '‘quote’', '“said”', '[Jane/AFP]', '(Photo: AP)', 'Read more', 'Here are the latest updates:',
    'Tuesday', '18 August 2020', 'Feb 30', '2020-13-45', 'Last updated:', '\u0000', '\u001b[31m', '\uFEFF', '.', '…',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '[', ']', '(', ')', ' ', '\t', '\r',
  ];
  const lineEnds = ['\n', '\r\n', '\r', '\n\n'];

  it('never throws and every update has a non-empty title', () => {
    const next = seededRandom(20200818);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const phrase = () => Array.from({ length: Math.floor(next() * 6) }, () => pick(words)).join(pick(['', ' ']));
    let updatesSeen = 0;
    for (let doc = 0; doc < 500; doc++) {
      const lines = Array.from({ length: Math.floor(next() * 25) }, () =>
        // Half the lines look like time lines, so the entry code gets exercised as much as the lead code.
        next() < 0.5 ? `${pick(clocks)}${pick(zones)}${pick(separators)}${phrase()}` : phrase(),
      );
      const text = lines.map((line) => line + pick(lineEnds)).join('');
      const feed = parseLiveBlog(text, { fallbackDate: new Date(Math.floor(next() * 4e12)) });
      updatesSeen += feed.updates.length;
      for (const update of feed.updates) {
        expect(update.title.trim()).not.toBe('');
        expect(update.time === null || Number.isFinite(update.time)).toBe(true);
      }
    }
    // Guards against a generator that never produces a time line, which would make this vacuous.
    expect(updatesSeen).toBeGreaterThan(500);
  });

  it('survives an invalid fallback date by leaving times unknown', () => {
    expect(times('16:40 GMT – A', new Date(Number.NaN))).toEqual([null]);
  });
});
