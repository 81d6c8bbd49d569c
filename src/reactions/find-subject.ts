// Reads the speaker next to a reporting verb: backwards from the verb for
// "X said" / "X, a teacher, told", forwards from it for "said X".

import { isNameToken, isOrganisationName, isParticle, splitTitle, type Speaker } from './find-names.js';
import { isNeverActor } from './news-outlets.js';
import { readApposition, roleBeforeName } from './read-apposition.js';

const PRONOUNS = new Set(['he', 'she', 'they', 'it']);

// "the bloc said": a definite description that points back to an earlier actor.
const REFERENCE_NOUNS = new Set([
  'bloc', 'ministry', 'group', 'government', 'organisation', 'organization', 'movement', 'party',
  'council', 'union', 'army', 'military', 'junta', 'embassy', 'department', 'office', 'alliance',
  'coalition', 'commission', 'committee', 'body', 'administration', 'presidency', 'company', 'firm',
  'country', 'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'leader', 'premier', 'pm', 'court', 'regime', 'kremlin', 'mission', 'authorities',
  'agency', 'authority', 'service', 'federation', 'association',
]);

// Lower-case words that cannot be part of a role in front of a name.
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'as', 'when', 'while', 'that', 'which', 'who', 'whom', 'after', 'before', 'because', 'since',
  'then', 'also', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'not', 'it', 'he',
  'she', 'they', 'his', 'her', 'their', 'its', 'this', 'said', 'told', 'says', 'later', 'earlier',
  'once', 'again', 'today', 'yesterday', 'where', 'if', 'so', 'than', 'into', 'about', 'over',
]);

const ARTICLES = new Set(['the', 'The', 'a', 'A', 'an', 'An']);
const ROLE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
// "Moreno later wrote", "the bloc also said": adverbs between subject and verb.
const TRAILING_ADVERBS = /(?:\s+(?:later|earlier|also|then|again|previously|separately|once|meanwhile|today|yesterday|repeatedly|publicly|privately|reportedly|initially|recently|subsequently))+$/u;
const TRAILING_PUNCT = /[,.;:!?)\]]+$/u;
const MAX_APPOSITIVE_WORDS = 5;
const WINDOW = 240;

const ORG_CONNECTORS = new Set(['of', 'and', '&', 'for']);
const POSSESSOR = /^(\p{Lu}[\p{L}\p{M}-]*)[’']s$/u;

/**
 * "Karvonia's energy ministry denied": no name before the verb, but a possessor
 * with a role noun. The possessor is the actor, the rest its role.
 */
function possessiveOwner(tokens: readonly string[]): { speaker: Speaker; from: number } | null {
  const last = tokens.length - 1;
  const head = tokens[last] ?? '';
  if (!REFERENCE_NOUNS.has(head)) return null;
  let k = last;
  while (k > 0 && last - k < 3 && ROLE_WORD.test(tokens[k - 1] ?? '') && !STOP_WORDS.has(tokens[k - 1] ?? '')) k--;
  const owner = POSSESSOR.exec(tokens[k - 1] ?? '');
  if (owner === null) return null;
  const name = owner[1] ?? '';
  if (isNeverActor(name)) return { speaker: { kind: 'blocked' }, from: k - 1 };
  const role = `${tokens.slice(k, last + 1).join(' ')}`;
  const from = k - 1 > 0 && ARTICLES.has(tokens[k - 2] ?? '') ? k - 2 : k - 1;
  return { speaker: { kind: 'named', actor: name, role, person: false }, from };
}

const TITLE_NOUNS = new Set(['minister', 'president', 'leader', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'premier', 'mayor', 'governor']);

/** "Labour minister urges …", "Council leader says …": a title with no name, opening the sentence. */
function bareTitle(tokens: readonly string[]): Speaker | null {
  const head = tokens[tokens.length - 1] ?? '';
  if (tokens.length < 2 || tokens.length > 3 || !TITLE_NOUNS.has(head) || !isNameToken(tokens[0] ?? '')) return null;
  if (!tokens.slice(1, -1).every((t) => isNameToken(t) || ROLE_WORD.test(t))) return null;
  return { kind: 'named', actor: tokens.join(' '), role: null, person: true };
}

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
  if (text.endsWith(',')) {
    const body = text.slice(0, -1);
    const comma = body.lastIndexOf(',');
    if (comma < 0) return null;
    const apposition = readApposition(body.slice(comma + 1).trim());
    if (apposition === null) return null;
    text = body.slice(0, comma).trimEnd();
    if (apposition.kind === 'role') role = apposition.role;
    if (apposition.kind === 'name') {
      // "Estrel's chief negotiator, Lena Sorvik, told": the name is the speaker.
      const speaker = splitTitle(apposition.words);
      const before = roleBeforeName(text);
      if (speaker.kind !== 'named') return { speaker, whole: false };
      return { speaker: { ...speaker, role: before.role ?? speaker.role }, whole: !clipped && before.consumed };
    }
  }
  text = text.replace(TRAILING_ADVERBS, '');
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

  let from = last + 1;
  while (from > 0) {
    const w = tokens[from - 1] ?? '';
    if (isNameToken(w)) {
      from--;
      continue;
    }
    // "von der Leyen": particles count only between two capitalised words.
    if (from <= last && isParticle(w)) {
      let k = from - 1;
      while (k > 0 && isParticle(tokens[k - 1] ?? '')) k--;
      if (k > 0 && isNameToken(tokens[k - 1] ?? '')) {
        from = k - 1;
        continue;
      }
    }
    // "Federation of Dock Workers", "Fire and Rescue Service": only inside an organisation's name.
    if (from <= last && ORG_CONNECTORS.has(w) && isNameToken(tokens[from - 2] ?? '')) {
      if (isOrganisationName(tokens.slice(from - 2, last + 1).join(' '))) {
        from -= 2;
        continue;
      }
    }
    break;
  }
  if (from > last) {
    const title = bareTitle(tokens);
    if (title !== null) return { speaker: title, whole: !clipped };
    const owned = possessiveOwner(tokens);
    if (owned !== null) return { speaker: owned.speaker, whole: !clipped && owned.from === 0 };
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
export function leadingName(sentence: string): Speaker | null {
  const tokens = sentence.slice(0, WINDOW).trim().split(/\s+/).filter((t) => t !== '');
  let end = 0;
  while (end < tokens.length && isNameToken(tokens[end] ?? '')) end++;
  const next = tokens[end];
  if (end === 0 || next === undefined || !ROLE_WORD.test(next)) return null;
  const run = tokens.slice(tokens[0] === 'The' ? 1 : 0, end);
  if (run.length < 2 && !(run.length === 1 && ACRONYM.test(run[0] ?? ''))) return null;
  const speaker = splitTitle(run);
  return speaker.kind === 'named' ? speaker : null;
}
