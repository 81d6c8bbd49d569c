// Auxiliary verbs between a speaker and a reporting verb: "the union has rejected",
// "the mayor will announce", "she is urging", "he was quoted as saying". They are
// stepped over so that the subject in front of them is read as usual.
//
// Only auxiliaries that keep the subject as the speaker are stepped over: a form of
// "be" before a past participle is a passive ("residents were urged to leave"), whose
// subject is the one spoken to, so "be" is only accepted before an -ing form. A
// negation ("has not denied") is not stepped over either: it reverses the stance.

// "the ministry has also said", "she has since denied": adverbs around the auxiliary.
const ADVERB =
  '(?:also|later|earlier|since|now|already|previously|repeatedly|publicly|privately|reportedly|' +
  'again|separately|once|meanwhile|today|yesterday|strongly|firmly|sharply|formally|just|still|long)';
const ADVERBS = `(?:\\s+${ADVERB})*`;

// Perfect tense and modals: "has rejected", "had urged", "will announce", "would welcome".
const HAVE_OR_MODAL = new RegExp(
  `${ADVERBS}\\s+(?:has|have|had|will|would|shall|should|could|can|may|might|must)${ADVERBS}\\s*$`,
  'iu',
);
// Before an -ing verb: "is urging", "has been warning", "was quoted as saying".
// Enough for three adverbs and two auxiliaries.
const TAIL = 120;
const BE = new RegExp(`${ADVERBS}\\s+(?:is|are|was|were|am|be|been)(?:\\s+quoted\\s+as)?${ADVERBS}\\s*$`, 'iu');

/**
 * The text before a reporting verb with its auxiliaries removed, ready for the
 * subject reader; null when the verb cannot report speech here (an -ing form with
 * no "be" in front of it).
 */
export function stripAuxiliaries(before: string, progressive: boolean): string | null {
  // Only the end can hold auxiliaries; matching there keeps a long sentence cheap.
  // The result is a slice of `before` (never a concatenation, which later reads
  // would have to flatten, making a long sentence quadratic).
  const cut = Math.max(0, before.length - TAIL);
  const tail = ` ${before.slice(cut)}`;
  let end = tail.length;
  if (progressive) {
    const be = BE.exec(tail);
    if (be === null) return null;
    end = be.index;
  }
  // "will have said", "has been warning" (after "been" is gone): up to two in a row.
  for (let n = 0; n < 2; n++) {
    const aux = HAVE_OR_MODAL.exec(tail.slice(0, end));
    if (aux === null) break;
    end = aux.index;
  }
  // `end` counts the leading space added to `tail`.
  return end === tail.length ? before : before.slice(0, cut + Math.max(0, end - 1));
}
