// The one lexicon the extractor reads: every word list under lexicon/ folded into a
// table from a lower-case word to what it can be, built once on first use.

import {
  ABBREVIATIONS, AUXILIARIES, CONJUNCTIONS, DAYS_AND_MONTHS, DETERMINERS, GROUP_PRONOUNS, NAME_PARTICLES,
  NEGATIONS, OTHER_PRONOUNS, PERSON_PRONOUNS, PREPOSITIONS, VERB_ADVERBS,
} from './function-words.js';
import {
  CREDIT_WORDS, ORGANISATION_NAME_WORDS, ORGANISATION_NOUNS, OUTLET_NAME_ENDINGS, OUTLET_NOUNS, OUTLETS,
} from './organisation-words.js';
import {
  ANONYMOUS_ROLES, CROWD_NOUNS, HONORIFICS, INSTITUTION_PLURALS, OFFICES, OPENING_ADJECTIVES, POSTNOMINALS,
  ROLE_MODIFIERS, ROLE_NOUNS, SENTENCE_OPENERS, VOICE_ROLES,
} from './people-words.js';
import { COUNTRIES, INTERNATIONAL_BODIES, NATIONALITIES } from './places.js';
import { REPORTING_VERBS, type VerbRow } from './reporting-verbs.js';

/** What a word can be; several at once ("chief" is a role and a title). */
export const W = {
  DET: 1 << 0,
  PREP: 1 << 1,
  CONJ: 1 << 2,
  AUX: 1 << 3,
  NEG: 1 << 4,
  ADV: 1 << 5,
  PRON_PERSON: 1 << 6,
  PRON_GROUP: 1 << 7,
  PRON_OTHER: 1 << 8,
  TIME: 1 << 9,
  PARTICLE: 1 << 10,
  ABBREV: 1 << 11,
  ROLE: 1 << 12,
  VOICE_ROLE: 1 << 13,
  ANON_ROLE: 1 << 14,
  CROWD: 1 << 15,
  INSTITUTION: 1 << 16,
  OPENER: 1 << 17,
  ORG_NAME_WORD: 1 << 18,
  ORG_NOUN: 1 << 19,
  OUTLET_NOUN: 1 << 20,
  CREDIT: 1 << 21,
  NATIONALITY: 1 << 22,
  HONORIFIC: 1 << 23,
  VERB: 1 << 24,
  OUTLET_ENDING: 1 << 25,
  ROLE_MODIFIER: 1 << 26,
  POSTNOMINAL: 1 << 27,
  OFFICE: 1 << 28,
  OPENING_ADJECTIVE: 1 << 29,
} as const;

export type VerbFormKind = 'base' | 's' | 'past' | 'ing';

export interface VerbForm {
  row: VerbRow;
  kind: VerbFormKind;
  /** Words that must follow for this row to apply ("on" after "called"). */
  particles: readonly string[];
}

interface Tables {
  flags: Map<string, number>;
  verbs: Map<string, VerbForm[]>;
  outlets: Set<string>;
  countries: Set<string>;
  bodies: Set<string>;
}

let tables: Tables | null = null;

function regularForms(lemma: string): [string, string, string] {
  const e = lemma.endsWith('e');
  const s = /(?:s|sh|ch|x|z)$/u.test(lemma) ? `${lemma}es` : /[^aeiou]y$/u.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = e ? `${lemma}d` : /[^aeiou]y$/u.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = e && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [s, past, ing];
}

function build(): Tables {
  const flags = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number): void => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | flag);
  };
  add(DETERMINERS, W.DET);
  add(PREPOSITIONS, W.PREP);
  add(CONJUNCTIONS, W.CONJ);
  add(AUXILIARIES, W.AUX);
  add(NEGATIONS, W.NEG);
  add(VERB_ADVERBS, W.ADV);
  add(Object.keys(PERSON_PRONOUNS), W.PRON_PERSON);
  add(GROUP_PRONOUNS, W.PRON_GROUP);
  add(OTHER_PRONOUNS, W.PRON_OTHER);
  add(DAYS_AND_MONTHS, W.TIME);
  add(NAME_PARTICLES, W.PARTICLE);
  add(ABBREVIATIONS, W.ABBREV);
  add(ROLE_NOUNS, W.ROLE);
  add(VOICE_ROLES, W.VOICE_ROLE);
  add(ANONYMOUS_ROLES, W.ANON_ROLE);
  add(CROWD_NOUNS, W.CROWD);
  add(INSTITUTION_PLURALS, W.INSTITUTION);
  add(SENTENCE_OPENERS, W.OPENER);
  add(ORGANISATION_NAME_WORDS, W.ORG_NAME_WORD);
  add(ORGANISATION_NOUNS, W.ORG_NOUN);
  add(OUTLET_NOUNS, W.OUTLET_NOUN);
  add(CREDIT_WORDS, W.CREDIT);
  add(NATIONALITIES, W.NATIONALITY);
  add(Object.keys(HONORIFICS), W.HONORIFIC);
  add(OUTLET_NAME_ENDINGS, W.OUTLET_ENDING);
  add(ROLE_MODIFIERS, W.ROLE_MODIFIER);
  add(POSTNOMINALS, W.POSTNOMINAL);
  add(OFFICES, W.OFFICE);
  add(OPENING_ADJECTIVES, W.OPENING_ADJECTIVE);

  const verbs = new Map<string, VerbForm[]>();
  for (const row of REPORTING_VERBS) {
    const [head = '', ...particles] = row.lemma.split(' ');
    const [s, past, ing] = row.forms ?? regularForms(head);
    const forms: Array<[string, VerbFormKind]> = [[head, 'base'], [s, 's'], [past, 'past'], [ing, 'ing']];
    for (const [form, kind] of forms) {
      const list = verbs.get(form) ?? [];
      list.push({ row, kind, particles });
      verbs.set(form, list);
      flags.set(form, (flags.get(form) ?? 0) | W.VERB);
    }
  }
  // Longest phrasal form first, so "called on" wins over a bare "called".
  for (const list of verbs.values()) list.sort((a, b) => b.particles.length - a.particles.length);
  return {
    flags,
    verbs,
    outlets: new Set(OUTLETS),
    countries: new Set(COUNTRIES),
    bodies: new Set(INTERNATIONAL_BODIES),
  };
}

function get(): Tables {
  tables ??= build();
  return tables;
}

/** Everything a lower-case word can be, as W flags (0 for an ordinary word). */
export function wordFlags(lower: string): number {
  return get().flags.get(lower) ?? 0;
}

/** The reporting-verb readings of a lower-case word form, longest phrase first. */
export function verbForms(lower: string): readonly VerbForm[] | undefined {
  return get().verbs.get(lower);
}

/** A news outlet, wire service or photo agency, written in full ("associated press"). */
export function isOutletName(lowerPhrase: string): boolean {
  return get().outlets.has(lowerPhrase);
}

export function isCountry(lowerPhrase: string): boolean {
  return get().countries.has(lowerPhrase);
}

export function isInternationalBody(lowerPhrase: string): boolean {
  return get().bodies.has(lowerPhrase);
}

export function honorificGender(lower: string): 'm' | 'f' | null {
  return HONORIFICS[lower] ?? null;
}
