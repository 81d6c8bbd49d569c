// Capitalised runs in running text read as names: "Maria van der Sefton", "Department of
// Roads and Bridges", "Foreign Secretary Ada Kessel" (a title and a name),
// "Mali PM" (a title alone), "Harbour Radio" (an outlet, never a speaker).

import { NAME_CONNECTORS } from './lexicon/function-words.js';
import { honorificGender, isCountry, isInternationalBody, isOutletName, W } from './lexicon/lexicon.js';
import { ORGANISATION_STEMS } from './lexicon/organisation-words.js';
import { blankMention, type Mention } from './mention.js';
import type { Token } from './tokenise.js';

const NOT_IN_NAME = W.DET | W.PREP | W.CONJ | W.AUX | W.NEG | W.PRON_PERSON | W.PRON_GROUP | W.PRON_OTHER | W.OPENER | W.TIME;
const CONNECTORS = new Set(NAME_CONNECTORS);
const TITLE = W.ROLE | W.HONORIFIC;
const CAMEL_OUTLET = /^\p{Lu}\p{Ll}+(?:Live|News|Online|TV)$/u;

function nameWord(t: Token | undefined, headline: boolean): boolean {
  if (t === undefined || t.kind !== 'word' || !t.cap || t.quote >= 0) return false;
  if (headline && (t.flags & W.VERB) !== 0 && !t.upper) return false;
  return (t.flags & NOT_IN_NAME) === 0 || t.upper || (t.flags & W.PARTICLE) !== 0;
}

/** "Will Harker": a capitalised auxiliary is a first name when another name word follows. */
function firstNameLikeAuxiliary(tokens: readonly Token[], i: number, headline: boolean): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word' || !t.cap || t.quote >= 0 || (t.flags & NOT_IN_NAME) !== W.AUX) return false;
  const next = tokens[i + 1];
  return next !== undefined && next.start === t.end + 1 && nameWord(next, headline) && (next.flags & TITLE) === 0;
}

function orgWord(t: Token): boolean {
  if ((t.flags & W.ORG_NAME_WORD) !== 0) return true;
  // "Centers", "Hospitals", "Services": plural organisation words.
  return t.lower.endsWith('s') && t.lower.length > 4 && wordIsOrg(t.lower.slice(0, -1));
}

const orgStems = new Map<string, boolean>();
function wordIsOrg(stem: string): boolean {
  let known = orgStems.get(stem);
  if (known === undefined) {
    known = ORG_STEMS.has(stem);
    orgStems.set(stem, known);
  }
  return known;
}
const ORG_STEMS = new Set(ORGANISATION_STEMS);

/** Where a run of capitalised words that starts at `i` ends, and its acronym in brackets if any. */
function runEnd(tokens: readonly Token[], i: number, end: number, headline: boolean): { end: number; words: number[]; alias: string | null; aliasAt: number } {
  const words: number[] = [i];
  let alias: string | null = null;
  let aliasAt = -1;
  let j = i + 1;
  while (j < end) {
    const t = tokens[j] as Token;
    if (nameWord(t, headline)) {
      words.push(j++);
      continue;
    }
    // "J. Peter Pham", "Sen. Jane Roe": an initial's or a title's full stop.
    const before = tokens[j - 1];
    if (t.text === '.' && t.start === before?.end && (before.text.length === 1 || (before.flags & W.ABBREV) !== 0) && nameWord(tokens[j + 1], headline)) {
      j++;
      continue;
    }
    // "Maria van der Sefton": particles between capitalised words.
    if (t.kind === 'word' && !t.cap && (t.flags & W.PARTICLE) !== 0) {
      let k = j;
      while (k < end && tokens[k]?.kind === 'word' && ((tokens[k]?.flags ?? 0) & W.PARTICLE) !== 0 && !tokens[k]?.cap) k++;
      if (nameWord(tokens[k], headline)) {
        for (let n = j; n <= k; n++) words.push(n);
        j = k + 1;
        continue;
      }
    }
    // "Department of Roads and Bridges", "Director of Public Works".
    if (t.kind === 'word' && CONNECTORS.has(t.lower)) {
      const afterThe = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      if (nameWord(tokens[afterThe], headline) && joinsName(tokens, words, t.lower, afterThe, end, headline)) {
        for (let n = j; n <= afterThe; n++) words.push(n);
        j = afterThe + 1;
        continue;
      }
    }
    // "Harbour Trust of Ruritania (HTR)": the acronym is another name for the same body.
    if (t.text === '(' && tokens[j + 1]?.upper === true && tokens[j + 2]?.text === ')') {
      alias = tokens[j + 1]?.text ?? null;
      aliasAt = words.length;
      j += 3;
      // "Director of the Office for Roads (OFR) Sam Kessel": the name goes on.
      if (nameWord(tokens[j], headline) && words.some((n) => ((tokens[n]?.flags ?? 0) & TITLE) !== 0)) continue;
      break;
    }
    break;
  }
  return { end: j, words, alias, aliasAt };
}

function joinsName(tokens: readonly Token[], words: readonly number[], connector: string, next: number, end: number, headline: boolean): boolean {
  const runHasOrg = words.some((n) => orgWord(tokens[n] as Token));
  const runIsTitle = words.some((n) => ((tokens[n]?.flags ?? 0) & W.ROLE) !== 0 && tokens[n]?.cap);
  if (connector !== 'and' && connector !== '&') return runHasOrg || runIsTitle;
  if (runHasOrg) return true;
  // "Harrow and Wend Police": joined when what follows ends as an organisation's name.
  if (tokens[next - 1]?.lower === 'the') return false;
  let k = next;
  while (k < end && nameWord(tokens[k], headline)) k++;
  return k > next && orgWord(tokens[k - 1] as Token);
}

function phrase(tokens: readonly Token[], words: readonly number[], from = 0, to = words.length): string {
  let out = '';
  for (let n = from; n < to; n++) {
    const t = tokens[words[n] as number] as Token;
    out += n === from ? t.text : `${t.start === (tokens[(words[n - 1] as number)]?.end ?? -1) ? '' : ' '}${t.text}`;
  }
  return out;
}

function isOutletRun(tokens: readonly Token[], words: readonly number[], lower: string): boolean {
  if (isOutletName(lower)) return true;
  const first = tokens[words[0] as number] as Token;
  const last = tokens[words[words.length - 1] as number] as Token;
  if (words.length === 1) return CAMEL_OUTLET.test(first.text);
  // "BBC Scotland", "Reuters TV"; "Kent Gazette", "Harbour Radio".
  if (words.length <= 3 && isOutletName(first.lower) && !words.some((n) => orgWord(tokens[n] as Token))) return true;
  return (last.flags & W.OUTLET_ENDING) !== 0 && !words.some((n) => ((tokens[n]?.flags ?? 0) & TITLE) !== 0);
}

function isPlace(lower: string): boolean {
  return isCountry(lower) || isInternationalBody(lower);
}

/** The name at the end of a run: the words after the last title, minus an "of …" complement. */
function nameStart(tokens: readonly Token[], words: readonly number[], title: number): number {
  let from = words.length;
  while (from > title + 1) {
    const t = tokens[words[from - 1] as number] as Token;
    const plain = t.cap && !orgWord(t) && (t.flags & (TITLE | W.NATIONALITY)) === 0 && !CONNECTORS.has(t.lower) && !t.upper;
    if (!plain && !(t.flags & W.PARTICLE)) break;
    from--;
  }
  return from;
}

/**
 * The mention made by the capitalised run starting at token `i` (which the caller has
 * checked with `startsName`), or null when it is no one: a nationality alone, a title
 * word used as a verb.
 */
export function readNameRun(tokens: readonly Token[], i: number, end: number, headline: boolean, afterThe: boolean): Mention | null {
  const run = runEnd(tokens, i, end, headline);
  let { words } = run;
  // Honours after the name are not part of it: "Jane Doe MBE"; an MP keeps the title as a role.
  let postRole: string | null = null;
  while (words.length > 1 && ((tokens[words[words.length - 1] as number]?.flags ?? 0) & W.POSTNOMINAL) !== 0 && tokens[words[words.length - 1] as number]?.upper) {
    const honour = tokens[words[words.length - 1] as number]?.text ?? '';
    if (honour === 'MP' || honour === 'MEP' || honour === 'MSP') postRole = honour;
    words = words.slice(0, -1);
  }
  const mention = blankMention(i, run.end, 'name');
  mention.alias = run.alias;
  mention.possessive = tokens[run.end]?.kind === 'poss';
  const lower = words.map((n) => tokens[n]?.lower ?? '').join(' ');
  if (isOutletRun(tokens, words, lower)) {
    mention.kind = 'outlet';
    mention.name = phrase(tokens, words);
    return mention;
  }
  if (words.length === 1 && ((tokens[i]?.flags ?? 0) & (W.NATIONALITY | W.OPENING_ADJECTIVE)) !== 0) return null;
  // "Witnesses said", "Residents of Harlby": a crowd capitalised because it opens the sentence.
  if (words.length === 1 && ((tokens[i]?.flags ?? 0) & W.CROWD) !== 0 && ((tokens[i]?.flags ?? 0) & W.ROLE) === 0) {
    mention.kind = 'crowd';
    mention.role = tokens[i]?.lower ?? null;
    return mention;
  }
  let title = -1;
  for (let n = words.length - 1; n >= 0; n--) {
    if (((tokens[words[n] as number]?.flags ?? 0) & TITLE) !== 0) {
      title = n;
      break;
    }
  }
  // After "(CDC)" only the person's name can follow.
  const from = title >= 0 ? Math.max(nameStart(tokens, words, title), run.aliasAt) : 0;
  if (title >= 0 && from >= words.length) {
    // A title and nothing after it: "Prime Minister", "Mali PM" — unless the words before it are a name ("Alma King").
    const before = words.slice(0, title).every((n) => {
      const t = tokens[n] as Token;
      return (t.flags & (TITLE | W.ROLE_MODIFIER | W.NATIONALITY)) !== 0 || t.upper || orgWord(t) || isPlace(t.lower) || CONNECTORS.has(t.lower);
    });
    if (before) return titleOnly(tokens, words, mention, afterThe);
  }
  const nameFrom = title >= 0 && from < words.length ? from : 0;
  mention.name = phrase(tokens, words, nameFrom);
  const nameWords = words.slice(nameFrom);
  const nameLower = nameWords.map((n) => tokens[n]?.lower ?? '').join(' ');
  if (nameFrom > 0) {
    const titles = words.slice(0, nameFrom);
    // "Ms", "Dr" say how to address someone, not what they do.
    mention.role = titles.every((n) => ((tokens[n]?.flags ?? 0) & W.ROLE) === 0) ? null : roleText(tokens, titles);
    mention.org = false;
    mention.gender = titles.map((n) => honorificGender(tokens[n]?.lower ?? '')).find((g) => g !== null) ?? null;
  } else if (nameWords.some((n) => orgWord(tokens[n] as Token)) || isPlace(nameLower) || nameWords.every((n) => tokens[n]?.upper)) {
    mention.org = true;
  } else if (afterThe && nameWords.length <= 3) {
    mention.org = true;
  }
  if (postRole !== null) {
    mention.role = mention.role ?? postRole;
    mention.org = false;
  }
  return mention;
}

/** Role words before a name, without the nationality or country in front ("Malian Prime Minister" → "Prime Minister"). */
function roleText(tokens: readonly Token[], words: readonly number[]): string {
  let from = 0;
  while (from < words.length - 1) {
    const t = tokens[words[from] as number] as Token;
    if ((t.flags & W.NATIONALITY) !== 0 || (isCountry(t.lower) && !t.upper)) from++;
    else break;
  }
  return phrase(tokens, words, from);
}

function titleOnly(tokens: readonly Token[], words: readonly number[], mention: Mention, afterThe: boolean): Mention {
  mention.kind = 'role';
  mention.role = phrase(tokens, words);
  mention.head = tokens[words[words.length - 1] as number]?.lower ?? null;
  mention.definite = afterThe || null;
  mention.org = false;
  // "Mali PM", "UN Secretary-General": the country or body the title belongs to.
  const ownerWords = words.filter((n) => {
    const t = tokens[n] as Token;
    return isPlace(t.lower) || (t.upper && (t.flags & TITLE) === 0);
  });
  if (ownerWords.length > 0) {
    const owner = blankMention(ownerWords[0] as number, (ownerWords[ownerWords.length - 1] as number) + 1, 'name');
    owner.name = phrase(tokens, ownerWords);
    owner.org = true;
    mention.owner = owner;
  }
  return mention;
}

/** True when token `i` can open a name: a capitalised word that is not a function word here. */
export function startsName(tokens: readonly Token[], i: number, headline: boolean): boolean {
  return nameWord(tokens[i], headline) || firstNameLikeAuxiliary(tokens, i, headline);
}
