// The links of an update's body, as the detail view lists them: those its markup
// pointed to (kept through parsing), then any address written out in its text
// (a plain-text live blog's, or an update archived before links were kept).
import type { Update } from '../model.js';

// An address ends at a space, a quote or a closing bracket; a full stop or comma after it is the sentence's.
const WRITTEN_ADDRESS = /\bhttps?:\/\/[^\s<>"'“”‘’()[\]{}]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?…]+$/u;

export function linksOfUpdate(update: Update): string[] {
  const links = new Set(update.links ?? []);
  for (const match of update.body.matchAll(WRITTEN_ADDRESS)) {
    if (URL.canParse(match[0].replace(TRAILING_PUNCTUATION, ''))) links.add(match[0].replace(TRAILING_PUNCTUATION, ''));
  }
  return [...links];
}
