// Photo credits and caption labels name agencies and photographers, never speakers:
// "[Rey Doe/Reuters]", "(Getty Images)", "Photograph: Reuters", "Image copyright EPA".
// They are taken out before the text is read; a caption's own words stay.

import { isOutletName } from './lexicon/lexicon.js';

const BRACKETED = /\[([^[\]\n]{1,160})\]|\(([^()\n]{1,160})\)/gu;
const CREDIT_LINE = /^(?:(?:(?:image|photo|picture|video)\s+)?(?:copyright|credit)\b|(?:photograph|picture|photo|image)s?\s*:).{0,80}$/iu;
const TRAILING_CREDIT = /\s*(?:Photograph|Photo|Picture|Image|Credit)s?\s*:\s*[^.\n]{1,80}$/gmu;
const CAPTION_LABEL = /^(?:Image|Media|Video)\s+caption:?\s*/gimu;
const CREDIT_INSIDE = /(?:^|\s)(?:image|photo|picture|via|getty|copyright)\b/iu;

function isCredit(inner: string): boolean {
  const text = inner.trim();
  return text.includes('/') || CREDIT_INSIDE.test(text) || isOutletName(text.toLowerCase());
}

/** Each step runs only when its cheap sign is in the text: most text has no credit at all. */
export function stripCredits(text: string): string {
  let out = text;
  if (out.includes('(') || out.includes('[')) {
    out = out.replace(BRACKETED, (whole, square: string | undefined, round: string | undefined) => (isCredit(square ?? round ?? '') ? ' ' : whole));
  }
  const photo = out.includes('hoto') || out.includes('icture') || out.includes('mage') || out.includes('redit') || out.includes('opyright');
  if (!photo) return out;
  if (out.includes('aption')) out = out.replace(CAPTION_LABEL, '');
  if (out.includes(':')) out = out.replace(TRAILING_CREDIT, '');
  return out
    .split('\n')
    .map((line) => (line.length < 120 && CREDIT_LINE.test(line.replace(/^[>\s]+/u, '')) ? '' : line))
    .join('\n');
}
