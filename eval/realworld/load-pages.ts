// Loads labelled real-world pages: each label file names its page under the corpus's
// realworld/ folder; the page is read into updates by the stand-in reader (read-page.ts).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Update } from '../../src/model.js';
import { normaliseUpdates } from '../../src/normalise-updates.js';
import { readPage, type PageLayout } from './read-page.js';
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
}

const layouts = (evalDir: string): Record<string, PageLayout> =>
  JSON.parse(readFileSync(path.join(evalDir, 'pages.json'), 'utf8')) as Record<string, PageLayout>;

export function loadPage(labelFile: string, evalDir: string = REALWORLD_EVAL_DIR): LabelledPage {
  const labels = JSON.parse(readFileSync(labelFile, 'utf8')) as PageLabels;
  const layout = layouts(evalDir)[labels.file];
  if (layout === undefined) throw new Error(`no layout in pages.json for ${labels.file}`);
  const html = readFileSync(path.join(realworldDir(evalDir), labels.file), 'utf8');
  const name = path.basename(labelFile).replace(/\.expected\.json$/u, '');
  return { name, labels, updates: normaliseUpdates(name, readPage(html, layout)) };
}

/** Every *.expected.json in `dir`, loaded; an empty list when the folder is missing. */
export function loadPages(dir: string, evalDir: string = REALWORLD_EVAL_DIR): LabelledPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort().map((f) => loadPage(path.join(dir, f), evalDir));
}
