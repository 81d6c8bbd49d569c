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

// Cheap signs that a credit may be there at all; most text has none.
const CREDIT_SIGNS = ['(', '[', 'aption', 'opyright', 'redit', 'hoto', 'icture', 'mage'];

export function stripCredits(text: string): string {
  if (text === '' || !CREDIT_SIGNS.some((sign) => text.includes(sign))) return text;
  return text
    .replace(BRACKETED, (whole, square: string | undefined, round: string | undefined) => (isCredit(square ?? round ?? '') ? ' ' : whole))
    .replace(CAPTION_LABEL, '')
    .replace(TRAILING_CREDIT, '')
    .split('\n')
    .map((line) => (CREDIT_LINE.test(line.replace(/^[>\s]+/u, '')) ? '' : line))
    .join('\n');
}
