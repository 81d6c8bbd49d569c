// What a name looks like in running text, and how a title in front of it ("Malian
// Prime Minister Boubou Cisse") splits into a role and the name itself.

import { describe, isAnonymousDescription } from './anonymous-sources.js';
import { isNeverActor } from './news-outlets.js';

export type Speaker =
  | { kind: 'named'; actor: string; role: string | null; person: boolean }
  /** he / she / they / it, or "the bloc", "the ministry": resolved against earlier actors. */
  | {
    kind: 'reference';
    word: string;
    role: string | null;
    /** What stands between the article and the noun as well: "transport ministry". */
    modifiers?: readonly string[];
  }
  /** An outlet, a witness or a crowd: the sentence has a speaker, but never an actor. */
  | { kind: 'blocked' }
  /** "a senior official": someone speaking, described but not named. */
  | { kind: 'anonymous'; role: string | null };

const NAME_TOKEN =
  /^(?:\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*|(?:al|el|ad|as|ash|an|bin|ibn|ould|abu)-\p{Lu}[\p{L}\p{M}'’-]*)$/u;
const POSSESSIVE = /[’']s$/u;
const PARTICLES = new Set([
  'de', 'da', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'la', 'bin', 'ibn',
  'al', 'el', 'dos', 'das', 'do', 'y', 'ter', 'bint', 'abu', 'ould',
]);

/** A capitalised word that can be part of a name (not "Mali’s", which owns something). */
export function isNameToken(token: string): boolean {
  return NAME_TOKEN.test(token) && !POSSESSIVE.test(token);
}

export function isParticle(token: string): boolean {
  return PARTICLES.has(token);
}

// Capitalised only because they open a sentence or a clause.
const STARTERS = new Set([
  'In', 'On', 'At', 'After', 'Before', 'Later', 'Earlier', 'Meanwhile', 'But', 'And', 'However',
  'Then', 'Also', 'Yesterday', 'Today', 'Tonight', 'Separately', 'Elsewhere', 'When', 'While', 'As',
  'Since', 'If', 'Now', 'Still', 'Instead', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'Speaking', 'Asked', 'So', 'Yet', 'Here', 'There', 'Why', 'What', 'How',
  'Breaking', 'Update', 'Live', 'Watch', 'Read', 'Analysis', 'Opinion',
]);

const TITLE_CASE_JOINERS = new Set([
  'As', 'After', 'Amid', 'While', 'Despite', 'Following', 'But', 'Before', 'Since', 'When', 'Over',
  'With', 'Against', 'In', 'On', 'At', 'To', 'From', 'Into', 'Under', 'Says', 'Said',
]);

const TITLE_HEADS = new Set([
  'Minister', 'President', 'Premier', 'PM', 'Chancellor', 'Secretary', 'Secretary-General',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Ambassador', 'Envoy', 'General', 'Gen.', 'Colonel',
  'Col.', 'Lieutenant', 'Lt.', 'Captain', 'Capt.', 'Major', 'Commander', 'Governor', 'Gov.',
  'Senator', 'Sen.', 'Rep.', 'Representative', 'Mayor', 'King', 'Queen', 'Prince', 'Princess', 'Pope',
  'Sheikh', 'Emir', 'Director', 'Director-General', 'Commissioner', 'Chairman', 'Chairwoman',
  'Chairperson', 'Chair', 'Leader', 'Speaker', 'Judge', 'Prosecutor', 'Coordinator', 'Rapporteur',
  'Head', 'CEO', 'Bishop', 'Archbishop', 'Imam', 'Cardinal', 'Sergeant', 'Sgt.', 'Admiral',
  'Marshal', 'Vice-President', 'Chief', 'Official', 'Adviser', 'Advisor', 'Representative',
  // British and parliamentary titles: "Local MP Tom Ackerley" is Tom Ackerley.
  'MP', 'MEP', 'MSP', 'Councillor', 'Cllr', 'Professor', 'Prof', 'Prof.', 'Inspector', 'Detective',
  'Superintendent', 'Constable', 'Sheriff', 'Alderman',
  // Honorifics: "Rev Hannah Ostler" is Hannah Ostler.
  'Rev', 'Rev.', 'Reverend', 'Dr', 'Dr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Sir', 'Dame',
]);

const TITLE_MODIFIERS = new Set([
  'Prime', 'Foreign', 'Defence', 'Defense', 'Interior', 'Finance', 'Justice', 'Health', 'Home',
  'Deputy', 'Vice', 'Acting', 'Interim', 'Former', 'Senior', 'State', 'Affairs', 'Army', 'Military',
  'Security', 'Attorney', 'Special', 'First', 'High', 'Supreme', 'Executive', 'Transitional',
  'Opposition', 'Economy', 'Trade', 'Education', 'Energy', 'Information', 'Communications',
  'Government', 'Presidential', 'National', 'Police', 'Regional', 'Parliamentary', 'Party',
]);

// An acronym before a title belongs to it ("UN Secretary-General"); an adjective
// of nationality ("Malian Prime Minister") does not.
const ACRONYM = /^\p{Lu}{2,6}$/u;

const ORG_WORDS = /\b(?:Ministry|Union|Council|Party|Government|Army|Front|Movement|Organi[sz]ation|Nations|Commission|Bank|Court|Committee|Agency|Office|House|Department|Embassy|Forces|Assembly|Parliament|Coalition|Alliance|Group|Company|Corporation|Association|Federation|Republic|States|Kingdom|Community|Fund|Programme|Program|Mission|Junta|Kremlin|Pentagon|Service|Authority|University|Institute|Foundation|Society|Network|Confederation|Workers|Council|League|Board|Trust|Guild|Chamber|Congress|Secretariat|Syndicate)\b/u;

/** True when a run of capitalised words names an organisation ("Federation of Dock Workers"). */
export function isOrganisationName(name: string): boolean {
  return ORG_WORDS.test(name);
}

const ORG_CONNECTORS = new Set(['of', 'and', '&', 'for']);

/**
 * Where the run of capitalised words ending just before `end` starts (`end` when there
 * is none). Particles count only between two capitalised words ("von der Leyen");
 * "of", "and", "for" only inside an organisation's name ("Federation of Dock Workers")
 * or after "The" ("The Friends of Saltby Pier": a name, even with no organisation word).
 */
export function nameRunStart(tokens: readonly string[], end: number): number {
  let from = end;
  while (from > 0) {
    const w = tokens[from - 1] ?? '';
    if (isNameToken(w)) {
      from--;
      continue;
    }
    if (from < end && isParticle(w)) {
      let k = from - 1;
      while (k > 0 && isParticle(tokens[k - 1] ?? '')) k--;
      if (k > 0 && isNameToken(tokens[k - 1] ?? '')) {
        from = k - 1;
        continue;
      }
    }
    const head = tokens[from - 2] ?? '';
    if (from < end && ORG_CONNECTORS.has(w) && isNameToken(head)) {
      const named = w === 'of' && !TITLE_HEADS.has(head) && /^the$/iu.test(tokens[from - 3] ?? '');
      if (named || isOrganisationName(tokens.slice(from - 2, end).join(' '))) {
        from -= 2;
        continue;
      }
    }
    break;
  }
  return from;
}

/** "Minister", "Mayor", "Rev": a word that makes a run a title rather than a name. */
export function isTitleWord(token: string): boolean {
  return TITLE_HEADS.has(token);
}

// Descriptive words written in front of a name and capitalised only because they open
// the sentence: "Neighbouring Kelmar", "Outgoing President …", "Embattled Mayor …".
// Long -ing words are adjectives far more often than they start a name; -ed names
// exist ("Mohammed"), so only the common -ed premodifiers are listed.
const PREMODIFIER_ING = /^\p{Lu}\p{Ll}{4,}ing$/u;
const PREMODIFIERS = new Set([
  'Embattled', 'Beleaguered', 'Besieged', 'Exiled', 'Jailed', 'Ousted', 'Detained', 'Newly-elected',
  'Veteran', 'Fellow', 'Rival', 'Neutral', 'Landlocked',
]);

function isPremodifier(token: string): boolean {
  return PREMODIFIERS.has(token) || PREMODIFIER_ING.test(token);
}

// "Holidaymaker Gemma Radley, 34, said": a common noun used as a title in front of a
// name (a "false title"), capitalised only because it opens the sentence. Unlike a
// title it says who the person is, so it is kept as the role. Names ending in "-man"
// ("Herman") are why only these compounds and listed words are taken.
const FALSE_TITLE_COMPOUND = /^\p{Lu}\p{Ll}+(?:maker|goer|keeper|owner|holder|worker|seller|dealer|watcher|walker|builder|trader|driver)$/u;
const FALSE_TITLES = new Set([
  'Tourist', 'Resident', 'Pensioner', 'Shopkeeper', 'Mum', 'Dad', 'Mother', 'Father', 'Grandmother',
  'Grandfather', 'Gran', 'Grandad', 'Student', 'Teacher', 'Nurse', 'Passenger', 'Businessman',
  'Businesswoman', 'Landlord', 'Landlady', 'Campaigner', 'Activist', 'Volunteer', 'Fisherman', 'Farmer',
  'Eyewitness', 'Survivor', 'Onlooker', 'Bystander', 'Neighbour', 'Neighbor', 'Retiree', 'Lawyer',
  'Solicitor', 'Barrister', 'Economist', 'Analyst', 'Author', 'Historian', 'Scientist', 'Engineer',
]);
const PARENT_OF = /^(?:Mother|Father|Mum|Dad|Grandmother|Grandfather)-of-\p{Ll}+$/u;

function isFalseTitle(token: string): boolean {
  if (FALSE_TITLES.has(token)) return true;
  // Both shapes are long words; most names are turned away without a regex.
  return token.length > 7 && (FALSE_TITLE_COMPOUND.test(token) || PARENT_OF.test(token));
}

const ARTICLE_ONLY = new Set(['A', 'An', 'The', 'This', 'That', 'These', 'Those', 'Some', 'Several', 'Many', 'Another']);

/** Splits a run of capitalised words into a role and a name; never throws, never empty. */
export function splitTitle(run: readonly string[]): Speaker {
  let words = run.slice();
  while (words.length > 1 && (STARTERS.has(words[0] ?? '') || isPremodifier(words[0] ?? ''))) words = words.slice(1);
  const joined = words.join(' ');
  if (words.length === 0 || isNeverActor(joined)) return { kind: 'blocked' };
  // "An officer involved in the mutiny told reporters": only the article is capitalised,
  // and what follows describes someone unnamed.
  if (words.length === 1 && ARTICLE_ONLY.has(joined)) return { kind: 'anonymous', role: null };
  if (words[0] === 'The' && words.length > 1) words = words.slice(1);
  // "Claims Insider", "Senior Official Says": a description, not a name.
  if (isAnonymousDescription(words)) return { kind: 'anonymous', role: describe(words) };
  // Only in front of a name of two or more words: "Nurse Jones" may be a surname pair.
  if (words.length >= 3 && isFalseTitle(words[0] ?? '')) {
    const rest = splitTitle(words.slice(1));
    const role = (words[0] ?? '').toLowerCase();
    return rest.kind === 'named' ? { ...rest, role: rest.role ?? role, person: true } : rest;
  }
  // Title Case headlines: "Talks Collapse As Halas" — the name starts after the joining word.
  for (let i = words.length - 2; i > 0; i--) {
    if (TITLE_CASE_JOINERS.has(words[i] ?? '')) {
      words = words.slice(i + 1);
      break;
    }
  }

  let head = -1;
  for (let i = words.length - 2; i >= 0; i--) {
    if (TITLE_HEADS.has(words[i] ?? '')) {
      head = i;
      break;
    }
  }
  if (head < 0) {
    const actor = words.join(' ');
    if (isNeverActor(actor)) return { kind: 'blocked' };
    // "Mali PM", "Foreign Minister": a title with no name is still one person.
    const allTitle = TITLE_HEADS.has(words[words.length - 1] ?? '');
    const person = allTitle || (words.length >= 2 && !ORG_WORDS.test(actor) && !words.some((w) => ACRONYM.test(w)));
    return { kind: 'named', actor, role: null, person };
  }
  let from = head;
  while (from > 0) {
    const w = words[from - 1] ?? '';
    if (TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || ACRONYM.test(w)) from--;
    else break;
  }
  const actor = words.slice(head + 1).join(' ');
  if (isNeverActor(actor)) return { kind: 'blocked' };
  return { kind: 'named', actor, role: words.slice(from, head + 1).join(' '), person: true };
}
