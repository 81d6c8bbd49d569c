// Reads the labelled set: every *.expected.json here, and the blog each one names,
// run through the same parser and normaliser as the app.

import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Update } from '../../src/model.js';
import { normaliseUpdates } from '../../src/ingest/normalise-updates.js';
import { parseFeedText } from '../../src/parse/parse-feed-text.js';
import type { Expectations } from './match-expectations.js';

export interface LabelledFile {
  name: string;
  expectations: Expectations;
  updates: Update[];
}

/** This folder, found from this module so that the cwd does not matter. */
export const LABELLED_DIR = path.dirname(fileURLToPath(import.meta.url));

export async function loadLabelledFile(expectationsPath: string): Promise<LabelledFile> {
  const expectations = JSON.parse(await readFile(expectationsPath, 'utf8')) as Expectations;
  const sourcePath = path.resolve(path.dirname(expectationsPath), expectations.source);
  const parsed = await parseFeedText(await readFile(sourcePath, 'utf8'), {
    fallbackDate: new Date(`${expectations.fallbackDate}T00:00:00Z`),
  });
  const name = path.basename(expectationsPath).replace(/\.expected\.json$/u, '');
  return { name, expectations, updates: normaliseUpdates(name, parsed.updates) };
}

export async function loadLabelledSet(dir: string = LABELLED_DIR): Promise<LabelledFile[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.expected.json')).sort();
  return Promise.all(names.map((f) => loadLabelledFile(path.join(dir, f))));
}
