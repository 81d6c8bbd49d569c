// Loads labelled real-world pages: each label file names its page under the corpus's
// realworld/ folder, and the page is read by the app's own page reader (parseHtmlPage).
// A live blog's own headline and summary are not updates in the app; they are read here
// as one more update ("the page's head"), since the labels count what they attribute too.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedUpdate, Update } from '../../src/model.js';
import { normaliseUpdates } from '../../src/ingest/normalise-updates.js';
import { decodeFeedBytes } from '../../src/parse/decode-bytes.js';
import { parseHtmlPage } from '../../src/parse/html/parse-html-page.js';
import type { PageLabels } from './score-pairs.js';

/** This folder, found from this module (tests); scripts, which run bundled elsewhere, pass theirs. */
export const REALWORLD_EVAL_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The corpus's real-world folder: LIVEDESK_CORPUS/realworld, else ../shared/corpus/realworld beside the repository. */
export function realworldDir(evalDir: string = REALWORLD_EVAL_DIR): string {
  const corpus = process.env['LIVEDESK_CORPUS'] ?? path.resolve(evalDir, '..', '..', '..', 'shared', 'corpus');
  return path.join(corpus, 'realworld');
}

export interface LabelledPage {
  name: string;
  labels: PageLabels;
  updates: Update[];
  /** How many of `updates` the page reader gave (the rest is the page's head). */
  fromReader: number;
}

// The pages are captures from 2019–2024; their clocks are read on the day they were taken.
const FALLBACK_DATE = new Date('2024-01-01T00:00:00Z');

export function loadPage(labelFile: string, evalDir: string = REALWORLD_EVAL_DIR): LabelledPage {
  const labels = JSON.parse(readFileSync(labelFile, 'utf8')) as PageLabels;
  const html = decodeFeedBytes(readFileSync(path.join(realworldDir(evalDir), labels.file)));
  const feed = parseHtmlPage(html, { pageUrl: null, fallbackDate: FALLBACK_DATE });
  const name = path.basename(labelFile).replace(/\.expected\.json$/u, '');
  const parsed: ParsedUpdate[] = feed.updates.map((u, n) => ({ ...u, id: u.id ?? `u${n + 1}` }));
  // An article's one update already has the headline as its title.
  const head = feed.title !== null && !parsed.some((u) => u.title === feed.title)
    ? [{ id: 'page-head', time: null, timeText: null, title: feed.title, body: feed.summary ?? '', link: null, author: null }]
    : [];
  return { name, labels, updates: normaliseUpdates(name, [...head, ...parsed]), fromReader: parsed.length };
}

/** Every *.expected.json in `dir`, loaded; an empty list when the folder is missing. */
export function loadPages(dir: string, evalDir: string = REALWORLD_EVAL_DIR): LabelledPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort().map((f) => loadPage(path.join(dir, f), evalDir));
}
