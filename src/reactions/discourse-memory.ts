// Who has been mentioned so far in one update, and how recently as a subject or a
// speaker, so that "he said", "the minister said", "the agency warned" and "a spokesperson
// for the company" can be traced back to the person or body named before — never to
// someone only mentioned in passing, such as an interviewer ("interviewed by X").

import { remembered } from '../remembered.js';
import { W, wordFlags } from './lexicon/lexicon.js';
import { GENERIC_MODIFIERS as GENERIC_MODIFIER_WORDS } from './lexicon/organisation-words.js';
import { ROLE_SYNONYMS } from './lexicon/people-words.js';
import type { Mention } from './mention.js';

export interface Entity {
  id: number;
  /** The fullest name the update gives ("Ada Kessel" over "Kessel"), or null for someone unnamed. */
  name: string | null;
  /** Lower-case names and short forms it answers to. */
  keys: Set<string>;
  /** nameKey of `name`. */
  fullKey: string;
  /** true: an organisation or country; false: a person; null: not known. */
  org: boolean | null;
  role: string | null;
  gender: 'm' | 'f' | null;
  /** For an unnamed spokesperson: the body they speak for. */
  owner: Entity | null;
  /** An unnamed source ("a senior official"): speaks, but is nobody's name. */
  anonymous: boolean;
  /** Sentence serials of the last time it was a subject, a speaker, mentioned at all. */
  lastSubject: number;
  lastSpeaker: number;
  lastMention: number;
}

const NORMALISE = /[’'`.]/gu;

// The same few names are keyed again and again, in every update.
export const nameKey = remembered(5_000, (name: string): string =>
  name.toLowerCase().replace(NORMALISE, '').replace(/[-‐]/gu, ' ').replace(/\s+/gu, ' ').trim(),
);

function surname(key: string): string {
  const words = key.split(' ');
  return words[words.length - 1] ?? key;
}


export function roleStem(word: string): string {
  return ROLE_SYNONYMS[word] ?? word;
}

export class DiscourseMemory {
  private readonly entities: Entity[] = [];
  private next = 1;

  all(): readonly Entity[] {
    return this.entities;
  }

  /** The entity a name refers to: the same name, its surname, or an acronym given for it. */
  findByName(name: string): Entity | null {
    const key = nameKey(name);
    let best: Entity | null = null;
    for (const e of this.entities) {
      if (e.name === null) continue;
      if (e.keys.has(key)) return e;
      // "Kessel" for "Ada Kessel", "Van der Sefton" for "Maria van der Sefton".
      if (e.org !== true && e.fullKey.endsWith(` ${key}`)) best = best === null || best.lastMention < e.lastMention ? e : best;
      // "Orlow" in the headline, "Oona Orlow" in the body: the full name completes the short one.
      if (e.org !== true && !e.fullKey.includes(' ') && key.endsWith(` ${e.fullKey}`)) best = best ?? e;
    }
    return best;
  }

  /** Registers a named mention (or updates the entity it names); returns the entity. */
  noteName(m: Mention, serial: number): Entity | null {
    if (m.name === null) return null;
    let e = this.findByName(m.name) ?? (m.alias !== null ? this.findByName(m.alias) : null);
    if (e === null) {
      e = {
        id: this.next++, name: m.name, keys: new Set(), fullKey: nameKey(m.name), org: m.org, role: null, gender: null, owner: null,
        anonymous: false, lastSubject: -1, lastSpeaker: -1, lastMention: serial,
      };
      this.entities.push(e);
    }
    const key = nameKey(m.name);
    e.keys.add(key);
    if (e.org !== true) e.keys.add(surname(key));
    if (m.alias !== null) e.keys.add(nameKey(m.alias));
    if (e.name === null || m.name.length > e.name.length) {
      e.name = m.name;
      e.fullKey = key;
    }
    if (m.role !== null && (e.role === null || m.role.length > e.role.length)) e.role = m.role;
    if (m.org !== null && e.org === null) e.org = m.org;
    if (m.gender !== null) e.gender = m.gender;
    e.lastMention = serial;
    return e;
  }

  /** Registers someone described but not named ("a UN spokeswoman"), so "the spokeswoman" finds them. */
  noteUnnamed(m: Mention, owner: Entity | null, anonymous: boolean, serial: number, name: string | null = null): Entity {
    // "the minister" said again is the same office, not a new one.
    const same = name === null ? null : this.findByName(name);
    if (same !== null && same.name === name) {
      same.lastMention = serial;
      return same;
    }
    const e: Entity = {
      id: this.next++, name, keys: new Set(name === null ? [] : [nameKey(name)]), fullKey: name === null ? '' : nameKey(name),
      org: m.org === true, role: m.role, gender: null, owner,
      anonymous, lastSubject: -1, lastSpeaker: -1, lastMention: serial,
    };
    this.entities.push(e);
    return e;
  }

  /** The latest person (or body) a pronoun can stand for, as of sentence `serial`. */
  pronoun(word: string, gender: 'm' | 'f' | null, serial: number): { entity: Entity; sure: boolean } | null {
    const wantsPerson = word === 'he' || word === 'she';
    let best: Entity | null = null;
    let bestAt = -1;
    let second = -1;
    for (const e of this.entities) {
      if (wantsPerson ? e.org === true : e.org === false && e.owner === null) continue;
      if (wantsPerson && gender !== null && e.gender !== null && e.gender !== gender) continue;
      const at = Math.max(e.lastSubject, e.lastSpeaker);
      if (at < 0 || serial - at > 6) continue;
      // Of two as recent, the one who spoke.
      if (at === bestAt && best !== null && e.lastSpeaker === at && best.lastSpeaker !== at) {
        best = e;
        continue;
      }
      if (at > bestAt) {
        second = bestAt;
        best = e;
        bestAt = at;
      } else if (at > second) {
        second = at;
      }
    }
    if (best === null) return null;
    return { entity: best, sure: serial - bestAt <= 2 && bestAt > second };
  }

  /** "the minister", "the charity’s founder", "the federation": the latest entity whose name or role says so. */
  byRole(m: Mention): Entity | null {
    const head = roleStem(m.head ?? '');
    const words = (m.role ?? '').toLowerCase().split(/\s+/u).filter((w) => w !== '' && (wordFlags(w) & W.DET) === 0);
    let best: Entity | null = null;
    for (const e of this.entities) {
      const about = `${e.name ?? ''} ${e.role ?? ''}`.toLowerCase();
      const aboutWords = about.split(/[\s-]+/u).map(roleStem);
      if (!aboutWords.includes(head)) continue;
      if (!words.every((w) => about.includes(w) || roleStem(w) === head || GENERIC_MODIFIERS.has(w))) continue;
      if (best === null || recency(e) >= recency(best)) best = e;
    }
    return best;
  }

  /** The latest person (or body) that was a subject or a speaker within the last `reach` sentences. */
  latest(org: boolean, serial: number, reach: number): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities) {
      if (org ? e.org === false || e.name === null : e.org === true || e.anonymous || e.name === null) continue;
      const at = recency(e);
      if (at < 0 || serial - at > reach) continue;
      if (best === null || at > recency(best)) best = e;
    }
    return best;
  }
}

// Words any body of its kind could carry: "the regional bloc".
export const GENERIC_MODIFIERS = new Set(GENERIC_MODIFIER_WORDS);

function recency(e: Entity): number {
  return Math.max(e.lastSubject, e.lastSpeaker);
}
