// Golden tests over six real live-blog pages captured by other projects
// (../shared/corpus/realworld/liveblogs, see its MANIFEST.md): every update the HTML
// shows, with its time in UTC, its title where the page gives one, and a body with
// no byline, credit, label or share widget in it. Reactions come out of the bodies.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from '../../../src/model.js';
import { normaliseUpdates } from '../../../src/ingest/normalise-updates.js';
import { decodeFeedBytes } from '../../../src/parse/decode-bytes.js';
import { parseFeedText } from '../../../src/parse/parse-feed-text.js';
import { extractReactions } from '../../../src/reactions/extract-reactions.js';
import { describeWithShared, REALWORLD } from '../../shared-material.js';

const pagesDir = path.join(REALWORLD.path, 'liveblogs');

interface Golden {
  file: string;
  /** Updates the HTML shows (MANIFEST.md counts them). */
  count: number;
  /** How many of them carry a title of their own. */
  titled: number;
  /** The first update on the page: its time in UTC, the time as printed, title and first words. */
  first: { time: string; timeText: string; title: string; opens: string };
  last: { time: string; title: string };
  /** Words of the page's furniture that no body may contain. */
  furniture: RegExp;
}

// Bylines, labels, credits, relative times and share widgets seen around these pages' updates.
const ALWAYS_FURNITURE = /\b\d+\s?(?:m|min|h|hr)s? ago\b|Share on|Updated at \d/;

const GOLDEN: Golden[] = [
  {
    file: 'guardian-russia-ukraine-war-2023-05-15.html',
    count: 10,
    titled: 3,
    first: { time: '2023-05-15T11:50:54.000Z', timeText: '12.50 BST', title: '', opens: 'The EU is ready to sanction' },
    last: { time: '2023-05-15T10:42:56.000Z', title: "Zelenskiy discussed 'coalition of jets' with Sunak on UK visit" },
    furniture: /Key events|Show key events|Jennifer Rankin reports/,
  },
  {
    file: 'bbc-coronavirus-live-2020-05-12.html',
    count: 20,
    titled: 20,
    first: { time: '2020-05-12T15:05:08.000Z', timeText: '15:05', title: 'Where does the US stand on testing?', opens: 'US Senator Patty Murray, the top' },
    last: { time: '2020-05-12T12:34:41.000Z', title: "Russian president's spokesman has Covid-19" },
    furniture: /Copyright:|Posted at|^Marianna Spring|^Faisal Islam/m,
  },
  {
    file: 'independent-womens-world-cup-2023-08-14.html',
    count: 10,
    titled: 0,
    first: { time: '2023-08-14T09:01:52.000Z', timeText: '14 August 2023 10:01', title: '', opens: 'The Lionesses will be ready' },
    last: { time: '2023-08-14T04:15:52.000Z', title: '' },
    furniture: /Getty Images|Braidwood|14 August 2023/,
  },
  {
    file: 'mirror-uk-riots-2024-08-05.html',
    count: 30,
    titled: 30,
    first: { time: '2024-08-05T20:00:18.921Z', timeText: '21:00', title: 'Loud bang heard at Plymouth scene', opens: 'Local reporters have said a' },
    last: { time: '2024-08-05T14:36:52.403Z', title: 'How YOU can help the clean-up and those whose lives were destroyed' },
    furniture: /KEY EVENT|Image:|Getty Images|Clements-Thrower/,
  },
  {
    file: 'ndtv-cwc-ind-sl-2023.html',
    count: 40,
    titled: 40,
    first: { time: '2023-11-02T15:36:52.000Z', timeText: '21:06 (IST)', title: "India vs Sri Lanka: It's a wrap!", opens: "Okay, folks! That's it from" },
    last: { time: '2023-11-02T10:30:24.000Z', title: 'IND vs SL Live Score: Expensive over!' },
    furniture: /facebook|twitter|Share Link|\(IST\)/,
  },
  {
    file: 'repubblica-israele-hamas-2023-11-02.html',
    count: 79,
    titled: 79,
    first: { time: '2023-11-02T15:56:32.000Z', timeText: '16:56', title: 'Oms: “A Gaza fermi 14 ospedali su 36, gli altri in sovraccarico”', opens: 'E\' "profondamente preoccupante" che' },
    last: { time: '2023-11-01T23:30:20.000Z', title: 'Israele: “Colpite due cellule terroristiche in Libano”' },
    furniture: /\[\[ge:|&[a-z]+;/,
  },
];

const reads = new Map<string, Promise<ParsedFeed>>();

/** Each page is read once for all its checks. */
function read(file: string): Promise<ParsedFeed> {
  let feed = reads.get(file);
  if (feed === undefined) {
    const text = decodeFeedBytes(readFileSync(path.join(pagesDir, file)));
    // A fetch long after the pages were captured: every time must come from the page itself.
    feed = parseFeedText(text, { fallbackDate: new Date('2030-01-01T00:00:00Z') });
    reads.set(file, feed);
  }
  return feed;
}

const iso = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString());

describeWithShared(REALWORLD, 'real live-blog pages', () => {
  it('finds all six pages', () => {
    expect(GOLDEN.every((golden) => existsSync(path.join(pagesDir, golden.file)))).toBe(true);
  });

  for (const golden of GOLDEN) {
    describe(golden.file, () => {
      it(`gives the ${golden.count} updates the HTML shows, each with its time`, async () => {
        const { kind, updates } = await read(golden.file);
        expect(kind).toBe('web-page');
        expect(updates).toHaveLength(golden.count);
        expect(updates.filter((update) => update.time === null)).toEqual([]);
        expect(new Set(updates.map((update) => update.id)).size).toBe(golden.count);
        expect(updates.filter((update) => update.title !== '')).toHaveLength(golden.titled);
      });

      it('reads the first and last updates right', async () => {
        const { updates } = await read(golden.file);
        const first = updates[0];
        const last = updates[updates.length - 1];
        expect([iso(first?.time), first?.timeText, first?.title]).toEqual([golden.first.time, golden.first.timeText, golden.first.title]);
        expect(first?.body.startsWith(golden.first.opens)).toBe(true);
        expect([iso(last?.time), last?.title]).toEqual([golden.last.time, golden.last.title]);
      });

      it('keeps bylines, labels, credits and widgets out of every body', async () => {
        const { updates } = await read(golden.file);
        for (const update of updates) {
          expect(update.body, update.id ?? '').not.toMatch(ALWAYS_FURNITURE);
          expect(update.body, update.id ?? '').not.toMatch(golden.furniture);
          expect(update.body.trim(), update.id ?? '').not.toBe('');
        }
      });
    });
  }

  it('lets reactions come out of the bodies', async () => {
    const counts: Record<string, number> = {};
    // The four English news pages (the cricket page is ball-by-ball commentary, the Italian one is in Italian).
    for (const golden of GOLDEN.filter((entry) => /^(?:guardian|bbc|independent|mirror)-/.test(entry.file))) {
      const updates = normaliseUpdates(golden.file, (await read(golden.file)).updates);
      counts[golden.file] = updates.flatMap((update) => extractReactions(update)).length;
    }
    // English pages full of quotes: each gives several who-said-what reactions.
    for (const [file, count] of Object.entries(counts)) expect(count, file).toBeGreaterThanOrEqual(3);
  });
});
