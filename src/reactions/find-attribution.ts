// Who a quotation or a reported statement belongs to, read from its own sentence.

import type { Speaker } from './find-names.js';
import { subjectAfter, subjectBefore } from './find-subject.js';
import { findVerbs, type Stance } from './stance.js';

export interface Attribution {
  speaker: Speaker;
  stance: Stance;
  /** 'after' for `“…,” X said`, 'before' for `X said: “…”`. */
  side: 'after' | 'before';
  /** Index (in the paragraph) just past the verb. */
  verbEnd: number;
}

// `“…,” X said`: the verb must come within a short subject's reach of the quote.
const AFTER_REACH = 160;
const LEADING_JOINERS = /^[\s,;:\u2014\u2013-]*/u;

/**
 * Attribution of the quote spanning [quoteStart, quoteEnd) of the masked paragraph.
 * `sentenceStart` / `afterEnd` bound the text read on either side.
 */
export function attributeQuote(
  masked: string,
  sentenceStart: number,
  quoteStart: number,
  quoteEnd: number,
  afterEnd: number,
  headline: boolean,
): Attribution | null {
  const after = masked.slice(quoteEnd, afterEnd);
  const lead = LEADING_JOINERS.exec(after)?.[0].length ?? 0;
  const afterText = after.slice(lead, lead + AFTER_REACH);
  const first = findVerbs(afterText, headline)[0];
  if (first !== undefined) {
    const base = quoteEnd + lead;
    if (first.index === 0) {
      const speaker = subjectAfter(afterText.slice(first.end));
      if (speaker !== null) return { speaker, stance: first.stance, side: 'after', verbEnd: base + first.end };
    } else {
      const subject = subjectBefore(afterText.slice(0, first.index));
      if (subject !== null && subject.whole) {
        return { speaker: subject.speaker, stance: first.stance, side: 'after', verbEnd: base + first.end };
      }
    }
  }
  return speakerBefore(masked, sentenceStart, quoteStart, headline);
}

/** The first verb in [from, to) of the masked text that has a speaker in front of it. */
export function speakerBefore(masked: string, from: number, to: number, headline: boolean): Attribution | null {
  const text = masked.slice(from, to);
  for (const verb of findVerbs(text, headline)) {
    const subject = subjectBefore(text.slice(0, verb.index));
    if (subject !== null) {
      return { speaker: subject.speaker, stance: verb.stance, side: 'before', verbEnd: from + verb.end };
    }
  }
  return null;
}
