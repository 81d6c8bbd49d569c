// Who a quotation or a reported statement belongs to, read from its own sentence.

import { stripAuxiliaries } from './auxiliaries.js';
import type { Speaker } from './find-names.js';
import { subjectAfter, subjectBefore, type SubjectMatch } from './find-subject.js';
import { genericSubject } from './headline-actors.js';
import { findVerbs, type Stance, type VerbHit } from './stance.js';

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
      // `“…,” said X`; never `“…,” saying X`, which is not an attribution.
      const speaker = first.progressive ? null : subjectAfter(afterText.slice(first.end));
      if (speaker !== null) return { speaker, stance: first.stance, side: 'after', verbEnd: base + first.end };
    } else {
      const before = stripAuxiliaries(afterText.slice(0, first.index), first.progressive);
      const subject = before === null ? null : subjectBefore(before);
      if (subject !== null && subject.whole) {
        return { speaker: subject.speaker, stance: first.stance, side: 'after', verbEnd: base + first.end };
      }
    }
  }
  return speakerBefore(masked, sentenceStart, quoteStart, headline);
}

/**
 * The first verb in [from, to) of the masked text that has a speaker in front of it.
 * `verbs` are that text's reporting verbs, when the caller has them already.
 */
export function speakerBefore(
  masked: string,
  from: number,
  to: number,
  headline: boolean,
  verbs?: readonly VerbHit[],
): Attribution | null {
  const text = masked.slice(from, to);
  for (const verb of verbs ?? findVerbs(text, headline)) {
    if (headline && isHeadlinePassive(text, verb)) continue;
    const before = stripAuxiliaries(text.slice(0, verb.index), verb.progressive);
    const subject = before === null ? null : subjectBefore(before) ?? (headline ? headlineSubject(before) : null);
    if (subject !== null) {
      return { speaker: subject.speaker, stance: verb.stance, side: 'before', verbEnd: from + verb.end };
    }
  }
  return null;
}

// Headlines report in the present ("Government declares …"); a past form followed by
// a preposition or nothing is a passive with the verb's object as subject
// ("Emergency declared as defences fail", "Residents urged to leave").
const PAST_FORM = /(?:ed|said|told)$/iu;
const PASSIVE_NEXT = /^\s*(?:$|(?:as|to|by|after|amid|over|of|in|for|at|on|with)\b)/iu;

function isHeadlinePassive(text: string, verb: VerbHit): boolean {
  return PAST_FORM.test(text.slice(verb.index, verb.end)) && PASSIVE_NEXT.test(text.slice(verb.end, verb.end + 8));
}

/** "Rail union rejects …": a headline may open with a role or group noun instead of a name. */
function headlineSubject(before: string): SubjectMatch | null {
  const speaker = genericSubject(before);
  return speaker === null ? null : { speaker, whole: true };
}
