// Chunks a sentence into the people and bodies it mentions: names (find-names.ts), role
// phrases ("the country’s prime minister", "a spokesperson for the company", "the goalkeeper"),
// pronouns, and appositions that tie a role to a name ("Ida Venn, chief executive of
// the Harbour Trust," / "the head of the commission, Maria van der Sefton").

import { readNameRun, startsName } from './find-names.js';
import { PERSON_PRONOUNS, PLACE_PREPOSITIONS } from './lexicon/function-words.js';
import { W } from './lexicon/lexicon.js';
import { blankMention, type Mention } from './mention.js';
import { isHead, MAX_MODIFIERS, readRolePhrase, roleWords, type Chunker } from './read-role-phrase.js';
import type { Token } from './tokenise.js';

const PLACE = new Set(PLACE_PREPOSITIONS);

function pronoun(t: Token, i: number): Mention | null {
  if (t.kind !== 'word' || (t.flags & (W.PRON_PERSON | W.PRON_GROUP)) === 0) return null;
  const m = blankMention(i, i + 1, 'pronoun');
  m.pronoun = t.lower;
  m.gender = PERSON_PRONOUNS[t.lower] ?? null;
  return m;
}

/** The mention starting at token `i`, if one does. */
export function readMentionAt(c: Chunker, i: number, end: number): Mention | null {
  const { tokens, headline } = c;
  const t = tokens[i];
  if (t === undefined || i >= end || t.quote >= 0 || t.kind !== 'word') return null;
  const said = pronoun(t, i);
  if (said !== null) return said;
  let at = i;
  const afterThe = t.lower === 'the' && tokens[i + 1]?.cap === true;
  if (afterThe) at = i + 1;
  if (startsName(tokens, at, headline)) {
    const name = readNameRun(tokens, at, end, headline, afterThe);
    if (name !== null) {
      name.start = i;
      return extend(c, name, end);
    }
  }
  // A role phrase needs a role noun close ahead: most words are turned away here.
  if (c.nextHead !== undefined && (c.nextHead[i - c.from] ?? end) - i > MAX_MODIFIERS + 1) return null;
  const role = readRolePhrase(c, i, end, null);
  return role === null ? null : extend(c, role, end);
}

/** What can follow a mention without a comma: a name after its role, a role after its owner’s. */
function extend(c: Chunker, m: Mention, end: number): Mention {
  const { tokens, headline } = c;
  // "Chief economist Ida Venn": a capitalised title runs on in lower case.
  if (m.kind === 'role' && m.name === null && tokens[m.end]?.kind === 'word' && !tokens[m.end]?.cap) {
    const more = readRolePhrase(c, m.end, end, null);
    if (more !== null && more.kind === 'role' && more.definite === null && more.owner === null && startsName(tokens, more.end, headline)) {
      more.start = m.start;
      more.role = `${m.role ?? ''} ${more.role ?? ''}`;
      more.owner = m.owner;
      return extend(c, more, end);
    }
  }
  // "the state broadcaster RTX": the outlet's name.
  if (m.kind === 'outlet' && m.name === null && startsName(tokens, m.end, headline)) {
    const name = readNameRun(tokens, m.end, end, headline, false);
    if (name !== null) {
      m.name = name.name;
      m.end = name.end;
      return m;
    }
  }
  // "the country’s prime minister Ada Kessel", "Harbour spokesperson Ida Venn".
  if (m.kind === 'role' && m.owner?.end !== m.end && startsName(tokens, m.end, headline)) {
    const name = readNameRun(tokens, m.end, end, headline, false);
    if (name !== null && name.kind === 'name' && name.org !== true) {
      name.start = m.start;
      name.role = name.role === null ? m.role : `${m.role ?? ''} ${name.role}`;
      name.org = false;
      name.owner = m.owner;
      return extend(c, name, end);
    }
  }
  // "Kessel’s spokesperson", "the club’s Danish coach"; but "the country’s Port Authority" is a name.
  if (m.possessive && (m.kind === 'name' || m.kind === 'role') && startsName(tokens, m.end + 1, headline)) {
    const owned = readNameRun(tokens, m.end + 1, end, headline, true);
    if (owned !== null && owned.kind === 'name' && owned.org === true) {
      owned.start = m.start;
      owned.owner = m;
      return extend(c, owned, end);
    }
  }
  if (m.possessive && (m.kind === 'name' || m.kind === 'role')) {
    const owned = readRolePhrase(c, m.end + 1, end, m);
    if (owned !== null) {
      owned.start = m.start;
      return extend(c, owned, end);
    }
  }
  // "The St Hild Hospital in northern Ruritania", "Police in Harrowgate": where it is, not who speaks.
  const prep = tokens[m.end];
  if ((m.kind === 'name' || m.kind === 'role') && !m.possessive && prep?.kind === 'word' && PLACE.has(prep.lower)) {
    let k = m.end + 1;
    while (k < end && isPlaceModifier(tokens[k])) k++;
    const place = startsName(tokens, k, headline) ? readNameRun(tokens, k, end, headline, false) : null;
    if (place !== null && place.kind === 'name' && place.org !== false && place.role === null) {
      m.end = place.end;
      return m;
    }
  }
  // "Harbour coxswain Ida Venn": a word the lexicon does not know, between a name and a full name, is a role.
  const unknown = tokens[m.end];
  if (m.kind === 'name' && !m.possessive && unknown?.kind === 'word' && !unknown.cap && unknown.flags === 0 && startsName(tokens, m.end + 1, headline)) {
    const name = readNameRun(tokens, m.end + 1, end, headline, false);
    // Only as the subject of a reporting verb: "Harbour coxswain Ida Venn said", never "Kessel met Ida Venn".
    const verb = tokens[name?.end ?? end]?.flags ?? 0;
    if (name !== null && name.kind === 'name' && name.org !== true && (name.name ?? '').includes(' ') && (verb & (W.VERB | W.AUX)) !== 0) {
      name.start = m.start;
      name.role = `${m.name ?? ''} ${unknown.text}`;
      name.org = false;
      name.owner = m;
      return extend(c, name, end);
    }
  }
  // "Harbour spokesperson Ida Venn": a name used as a modifier of a role.
  if (m.kind === 'name' && !m.possessive && tokens[m.end]?.kind === 'word' && !tokens[m.end]?.cap) {
    const role = readRolePhrase(c, m.end, end, null);
    if (role !== null && role.kind === 'role' && role.definite === null) {
      role.start = m.start;
      // "the Ohio senator": the article before the name is the role's.
      if (tokens[m.start]?.lower === 'the') role.definite = true;
      role.owner = m.org !== false ? m : role.owner;
      role.role = `${m.name ?? ''} ${role.role ?? ''}`;
      return extend(c, role, end);
    }
  }
  return m;
}

/** "the", "northern", "central" before a place's name. */
function isPlaceModifier(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.cap) return false;
  return (t.flags & W.DET) !== 0 || /^(?:north|south|east|west|central)(?:ern)?$/u.test(t.lower);
}

function comma(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.text === ',' && tokens[i]?.quote === -1;
}

/** "Jane Doe, a midwife, said": an article and a few words between commas describe the name before them. */
function describedAs(c: Chunker, m: Mention, end: number): Mention | null {
  const { tokens } = c;
  const det = tokens[m.end + 1];
  if (m.kind !== 'name' || m.org === true || det === undefined || (det.lower !== 'a' && det.lower !== 'an')) return null;
  let k = m.end + 2;
  while (k < end && k - m.end <= 6 && tokens[k]?.kind === 'word' && !tokens[k]?.cap && ((tokens[k]?.flags ?? 0) & (W.VERB | W.AUX | W.PREP | W.CONJ)) === 0) k++;
  if (k === m.end + 2 || !comma(tokens, k)) return null;
  const role = blankMention(m.end + 1, k, 'role');
  role.role = roleWords(tokens, m.end + 2, k);
  role.head = tokens[k - 1]?.lower ?? null;
  role.definite = false;
  return role;
}

/** Joins "Name, role," and "role, Name," into one mention: the name with its role. */
function apposition(c: Chunker, m: Mention, end: number): Mention {
  const { tokens } = c;
  if (!comma(tokens, m.end)) return m;
  const next = readMentionAt(c, m.end + 1, end) ?? describedAs(c, m, end);
  if (next === null) {
    // "Venn, 52," and "Tina Wells, 29, from Leeford,": an age or a home town.
    const k = m.end + 1;
    if (m.kind === 'name' && tokens[k]?.kind === 'num' && comma(tokens, k + 1)) m.end = k + 1;
    return m;
    return m;
  }
  // "at Castle Harrow, the prime minister said": a place in a phrase is not the role's name.
  const inPhrase = ((tokens[m.start - 1]?.flags ?? 0) & W.PREP) !== 0;
  if (m.kind === 'name' && m.org !== true && next.kind === 'role' && next.name === null && !(inPhrase && next.definite === true)) {
    m.end = next.end;
    m.role = next.role;
    m.owner = next.owner ?? m.owner;
    m.org = false;
    return m;
  }
  if (m.kind === 'name' && m.org === true && next.kind === 'role' && next.org === true && next.name === null) {
    // "the Green League, a farmers' group," — the body keeps its name.
    m.end = next.end;
    m.role ??= next.role;
    return m;
  }
  const oneOf = tokens[m.start]?.lower === 'one' && tokens[m.start + 1]?.lower === 'of';
  if (m.kind === 'role' && (m.definite !== false || oneOf) && next.kind === 'name' && next.role === null) {
    next.start = m.start;
    next.role = m.role;
    next.owner = m.owner ?? next.owner;
    if (m.org === true) next.org = true;
    return next;
  }
  return m;
}

/** Every mention in tokens [start, end) outside quotations, in order. */
export function chunkMentions(tokens: readonly Token[], start: number, end: number, headline: boolean): Mention[] {
  const nextHead = new Int32Array(end - start);
  let next = end;
  for (let k = end - 1; k >= start; k--) {
    if (isHead(tokens[k])) next = k;
    nextHead[k - start] = next;
  }
  const c: Chunker = { tokens, headline, nextHead, from: start, mentionAt: (i, to) => readMentionAt(c, i, to) };
  const out: Mention[] = [];
  let i = start;
  while (i < end) {
    const found = readMentionAt(c, i, end);
    if (found === null) {
      i++;
      continue;
    }
    const m = apposition(c, found, end);
    out.push(m);
    i = Math.max(m.end, i + 1);
  }
  return out;
}
