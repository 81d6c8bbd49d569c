// Reads the speaker next to a reporting verb: backwards from the verb for
// "X said" / "X, a teacher, told", forwards from it for "said X".

import { clauseSubject } from './clause-subject.js';
import { anonymousSubject, bareTitle, bodyBeforeVoice, possessiveOwner } from './descriptive-subjects.js';
import { isNameToken, isParticle, nameRunStart, splitTitle, type Speaker } from './find-names.js';
import { isNeverActor } from './news-outlets.js';
import { readApposition, roleBeforeName } from './read-apposition.js';
import { ARTICLES, REFERENCE_NOUNS, ROLE_WORD, STOP_WORDS } from './subject-words.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'it']);

// "Moreno later wrote", "the bloc also said": adverbs between subject and verb.
const TRAILING_ADVERBS = /(?:\s+(?:later|earlier|also|then|again|previously|separately|once|meanwhile|today|yesterday|repeatedly|publicly|privately|reportedly|initially|recently|subsequently))+$/u;
const TRAILING_PUNCT = /[,.;:!?)\]]+$/u;
const MAX_APPOSITIVE_WORDS = 5;
const WINDOW = 240;
// "The World Health Organization (WHO) said": the acronym introduced in brackets.
const BRACKETED_ACRONYM = /\s*\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)$/u;
// How many comma-separated asides ("34", "from Brackley") may follow a name.
const MAX_ASIDES = 3;

/** "said one of the protesters, Marek Dul, …": index just past the lower-case aside, else 0. */
function asideBeforeName(tokens: readonly string[]): number {
  for (let i = 0; i < Math.min(tokens.length, 6); i++) {
    const t = tokens[i] ?? '';
    if (!/^\p{Ll}/u.test(t)) return 0;
    if (t.endsWith(',')) return isNameToken(tokens[i + 1] ?? '') ? i + 1 : 0;
  }
  return 0;
}

export interface SubjectMatch {
  speaker: Speaker;
  /** True when the whole text before the verb was the subject (needed for `“…,” X said`). */
  whole: boolean;
}

function lowerRoleBefore(tokens: readonly string[], end: number): { role: string | null; from: number } {
  let from = end;
  while (from > 0 && end - from < 3) {
    const w = tokens[from - 1] ?? '';
    if (!ROLE_WORD.test(w) || STOP_WORDS.has(w)) break;
    from--;
  }
  if (from === end) return { role: null, from };
  // "the West African bloc ECOWAS": capitalised adjectives belong to the role too.
  let upper = from;
  while (upper > 0 && from - upper < 3 && isNameToken(tokens[upper - 1] ?? '') && tokens[upper - 1] !== 'The') upper--;
  if (upper < from && (upper === 0 || ARTICLES.has(tokens[upper - 1] ?? ''))) from = upper;
  const role = tokens.slice(from, end).join(' ');
  if (from > 0 && ARTICLES.has(tokens[from - 1] ?? '')) from--;
  return { role, from };
}

/** The speaker written just before a verb, or null if there is none. */
export function subjectBefore(textBeforeVerb: string): SubjectMatch | null {
  let text = textBeforeVerb.slice(-WINDOW).trimEnd();
  const clipped = textBeforeVerb.length > WINDOW;
  let role: string | null = null;
  // "X, 34, from Brackley, said", "X, a nurse, said": step over the asides and keep
  // the first role; a name between commas ("Its chair, Maureen Tuck, said") is the speaker.
  for (let stripped = 0; text.endsWith(','); stripped++) {
    const body = text.slice(0, -1);
    const comma = body.lastIndexOf(',');
    if (comma < 0) {
      if (stripped === 0) return null;
      text = body.trimEnd();
      break;
    }
    const apposition = stripped < MAX_ASIDES ? readApposition(body.slice(comma + 1).trim()) : null;
    if (apposition === null) return null;
    text = body.slice(0, comma).trimEnd();
    if (apposition.kind === 'name') {
      // "Estrel's chief negotiator, Lena Sorvik, told": the name is the speaker.
      const speaker = splitTitle(apposition.words);
      const before = roleBeforeName(text);
      if (speaker.kind !== 'named') return { speaker, whole: false };
      return { speaker: { ...speaker, role: before.role ?? role ?? speaker.role }, whole: !clipped && before.consumed };
    }
    if (apposition.kind === 'role') role ??= apposition.role;
    text += ',';
  }
  text = text.replace(TRAILING_ADVERBS, '');
  if (text.endsWith(')')) text = text.replace(BRACKETED_ACRONYM, '');
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  const last = tokens.length - 1;
  const lastWord = tokens[last];
  // "The dispute …", "The question …": a noun that is also a verb, after a bare article.
  if (lastWord === undefined || ARTICLES.has(lastWord)) return null;
  const lower = lastWord.toLowerCase();

  if (PRONOUNS.has(lower) && (lastWord === lower || last === 0)) {
    return { speaker: { kind: 'reference', word: lower, role }, whole: !clipped && last === 0 };
  }
  // Written in lower case: "the bloc" refers back, "the African Union" is a name.
  if (REFERENCE_NOUNS.has(lastWord)) {
    for (let k = last - 1; k >= Math.max(0, last - 3); k--) {
      if ((tokens[k] ?? '').toLowerCase() === 'the') {
        const modifiers = tokens.slice(k + 1, last).map((t) => t.toLowerCase());
        return { speaker: { kind: 'reference', word: lower, role, modifiers }, whole: !clipped && k === 0 };
      }
    }
  }

  let from = nameRunStart(tokens, last + 1);
  // Described speakers: "a senior official (at the Ministry)", "a Ministry spokesperson".
  const described = from > last
    ? possessiveOwner(tokens) ?? bodyBeforeVoice(tokens) ?? anonymousSubject(tokens, from)
    : anonymousSubject(tokens, from);
  if (from > last || described !== null) {
    const title = from > last ? bareTitle(tokens) : null;
    if (title !== null) return { speaker: title, whole: !clipped };
    if (described !== null) return { speaker: described.speaker, whole: !clipped && described.from === 0 };
    // "a Reuters witness said": no name, but a speaker that must not become one.
    return isNeverActor(lower) || isNeverActor(tokens.slice(-2).join(' '))
      ? { speaker: { kind: 'blocked' }, whole: false }
      : null;
  }
  const speaker = splitTitle(tokens.slice(from));
  if (speaker.kind === 'named' && speaker.role === null) {
    const before = lowerRoleBefore(tokens, from);
    if (role === null) role = before.role;
    from = before.from;
  } else if (speaker.kind === 'named' && role === null) {
    role = speaker.role;
  }
  const whole = !clipped && from === 0;
  if (speaker.kind !== 'named') return { speaker, whole };
  return { speaker: { ...speaker, role: role ?? speaker.role }, whole };
}

/** The speaker written just after a verb ("…,” said Foreign Minister X, a …"). */
export function subjectAfter(textAfterVerb: string): Speaker | null {
  const tokens = textAfterVerb.slice(0, WINDOW).split(/\s+/).filter((t) => t !== '');
  let i = asideBeforeName(tokens);
  const roleWords: string[] = [];
  while (i < tokens.length && roleWords.length < 3) {
    const w = tokens[i] ?? '';
    if (!ROLE_WORD.test(w) || STOP_WORDS.has(w)) break;
    roleWords.push(w);
    i++;
  }
  const run: string[] = [];
  let endedWithComma = false;
  for (; i < tokens.length; i++) {
    const raw = tokens[i] ?? '';
    const word = raw.replace(TRAILING_PUNCT, '');
    if (!isNameToken(word) && !(isParticle(word) && run.length > 0)) break;
    run.push(word);
    if (word !== raw) {
      endedWithComma = raw.endsWith(',');
      i++;
      break;
    }
  }
  if (run.length === 0) return null;
  const speaker = splitTitle(run);
  if (speaker.kind !== 'named') return speaker;
  let role = speaker.role ?? (roleWords.length > 0 ? roleWords.join(' ') : null);
  if (endedWithComma && /^(?:a|an|the)$/i.test(tokens[i] ?? '')) {
    const words: string[] = [];
    for (let k = i + 1; k < tokens.length && words.length < MAX_APPOSITIVE_WORDS; k++) {
      const raw = tokens[k] ?? '';
      words.push(raw.replace(TRAILING_PUNCT, ''));
      if (TRAILING_PUNCT.test(raw)) break;
    }
    if (words.length > 0) role = words.join(' ');
  }
  return { ...speaker, role };
}

const ACRONYM = /^\p{Lu}{2,8}$/u;

/**
 * "Assimi Goita spoke on state television.": a name opening a sentence, remembered so
 * that a later "he said" can find it. Single ordinary words are left out, since any
 * sentence starts with a capital.
 */
export function sentenceSubject(sentence: string): Speaker | null {
  const tokens = sentence.slice(0, WINDOW).trim().split(/\s+/).filter((t) => t !== '');
  let end = 0;
  while (end < tokens.length && isNameToken(tokens[end] ?? '')) end++;
  const next = tokens[end];
  if (end === 0 || next === undefined) return null;
  if (ROLE_WORD.test(next)) {
    const run = tokens.slice(tokens[0] === 'The' ? 1 : 0, end);
    if (run.length >= 2 || (run.length === 1 && ACRONYM.test(run[0] ?? ''))) {
      const speaker = splitTitle(run);
      return speaker.kind === 'named' ? speaker : null;
    }
  }
  // Longer shapes, read by clauseSubject: "Jonas Arvid, the leader of the opposition,
  // was …" (a name up to a comma) and "Saltby council leader Derek Ambrose has …"
  // (role words between capitalised words). Tested here first because most sentences
  // are neither and this runs for every sentence with no reporting verb.
  const toComma = next.endsWith(',') && isNameToken(next.slice(0, -1));
  let k = end;
  while (k < end + 3 && ROLE_WORD.test(tokens[k] ?? '')) k++;
  const roleThenName = k > end && isNameToken(tokens[k] ?? '') && isNameToken((tokens[k + 1] ?? '').replace(/,$/u, ''));
  if (!toComma && !roleThenName) return null;
  const speaker = clauseSubject(sentence, { skipOpeners: false, minNameWords: 2 });
  return speaker?.kind === 'named' ? speaker : null;
}
