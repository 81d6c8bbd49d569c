// A feed server that is only a function: every poll of a source answers with its
// newest items, one of them never seen before, so every poll brings news. Bodies
// carry a quotation so the reaction extractor has real work to do.
import type { FetchOptions, FetchResult } from '../../src/net/fetch-feed.js';

export const ITEMS_PER_FEED = 10;
const SPEAKERS = ['Amina Diallo', 'Jean Morel', 'Kofi Mensah', 'Sara Lindqvist', 'Ravi Patel'];
const TOPICS = ['talks resume in the capital', 'port strike enters second week', 'flood warnings issued upstream', 'budget vote delayed again'];

/** A number as letters ("bqd"): the duplicate detector ignores digits, and real headlines differ in words. */
function word(n: number): string {
  let text = '';
  do {
    text = String.fromCharCode(97 + (n % 26)) + text;
    n = Math.floor(n / 26);
  } while (n > 0);
  return text.padStart(3, 'q');
}

function item(source: number, serial: number, at: number): string {
  const speaker = SPEAKERS[serial % SPEAKERS.length]!;
  const date = new Date(at).toUTCString();
  // Words of its own, unique across sources: every source's nth item used to share its serial
  // word, so the nth items of all sources were taken for one development reported 100 times,
  // and the soak measured a flood of duplicates instead of news.
  const title = `${word(source)} desk ${word(1e7 + source * 1_000_003 + serial)} ${word(2e9 + serial * 7_919 + source * 104_729)}: ${TOPICS[serial % TOPICS.length]}`;
  const body = `“We will not accept delay number ${serial},” ${speaker} said. Officials confirmed the meeting.`;
  return `<item><guid>s${source}-${serial}</guid><title>${title}</title><pubDate>${date}</pubDate><description>${body}</description></item>`;
}

export interface FakeFeeds {
  fetch(url: string, options: FetchOptions): Promise<FetchResult>;
  url(source: number): string;
  polls(): number;
}

interface Served {
  /** Polls answered so far: also the serial of the next new item. */
  count: number;
  /** When each item still in the feed first appeared, oldest first. */
  times: number[];
}

/** `now` is the fake clock: each item is dated by the poll that first carried it. */
export function createFakeFeeds(now: () => number): FakeFeeds {
  const served = new Map<number, Served>();
  let polls = 0;
  return {
    url: (source) => `http://soak.invalid/source-${source}.rss`,
    polls: () => polls,
    async fetch(url) {
      polls++;
      const source = Number(/source-(\d+)\.rss$/.exec(url)?.[1] ?? -1);
      const state = served.get(source) ?? { count: 0, times: [] };
      served.set(source, state);
      state.count++;
      state.times.push(now());
      // Like a real feed, only the newest items are in it: older ones roll off.
      if (state.times.length > ITEMS_PER_FEED) state.times.shift();
      const firstSerial = state.count - state.times.length;
      const items = state.times.map((at, index) => item(source, firstSerial + index, at)).reverse();
      const text = `<?xml version="1.0"?><rss version="2.0"><channel><title>Soak source ${source}</title>${items.join('')}</channel></rss>`;
      return { kind: 'ok', status: 200, text, finalUrl: url, validators: { etag: null, lastModified: null } };
    },
  };
}
