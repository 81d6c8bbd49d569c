// From a speaker mention to an actor: a name is itself; "he", "the minister", "the
// agency" are traced back through the discourse memory; "a spokesperson for the company"
// speaks for the company; "a senior official" is someone unnamed.

import { GENERIC_MODIFIERS, roleStem, type DiscourseMemory, type Entity } from './discourse-memory.js';
import { W, wordFlags } from './lexicon/lexicon.js';
import { SEPARATE_OFFICES } from './lexicon/people-words.js';
import type { Mention } from './mention.js';

export interface Actor {
  /** The name shown, or null for an unnamed source. */
  name: string | null;
  role: string | null;
  /** Who it is in the memory, to remember as the latest speaker. */
  entity: Entity | null;
  /** How sure the tracing is, 0–1; multiplies the pattern's score. */
  quality: number;
}

function surnameOf(name: string): string {
  const words = name.split(/\s+/u);
  return words[words.length - 1] ?? name;
}

/** The actor an entity stands for: a spokesperson's body, or the entity itself. */
function actorOf(e: Entity, quality: number, role: string | null = null): Actor {
  if (e.owner !== null) {
    const owner = e.owner;
    // "a Harrow Police spokesman" speaks for the force; "Kessel’s spokesperson" is shown as such.
    if (owner.org !== false) return { name: owner.name, role: e.role ?? role, entity: e, quality };
    return { name: owner.name === null ? null : `${surnameOf(owner.name)}’s ${e.role?.split(' ').pop() ?? 'spokesperson'}`, role: e.role, entity: e, quality };
  }
  if (e.anonymous || e.name === null) return { name: null, role: e.role ?? role, entity: e, quality };
  const shown = e.role ?? role;
  // A title standing for its holder ("agency chief") is not also its own role.
  return { name: e.name, role: shown === e.name ? null : shown, entity: e, quality };
}

/** The actor's name as the whole update has it: "Ada Kessel" even where only "Kessel" had been read. */
export function finalName(actor: Actor): string | null {
  return actor.entity === null ? actor.name : actorOf(actor.entity, actor.quality).name ?? actor.name;
}

function ownerEntity(owner: Mention, memory: DiscourseMemory, serial: number): Entity | null {
  if (owner.kind === 'name') return memory.noteName(owner, serial);
  if (owner.kind === 'role') return memory.byRole(owner) ?? memory.latest(true, serial, 6);
  return null;
}

const TITLE_ONLY_QUALITY = 0.8;

// Offices held by someone other than whoever was spoken of before: "the prosecutor said".
const OFFICES = new Set(SEPARATE_OFFICES);

/** The words of a role that pick out one body or person: not the article, the head or a generic word. */
function ownModifiers(m: Mention): string[] {
  return (m.role ?? '').toLowerCase().split(/\s+/u).filter((w) => {
    if (w === '' || w === m.head || (wordFlags(w) & (W.DET | W.PREP)) !== 0) return false;
    return !GENERIC_MODIFIERS.has(w) && !/^\d+-(?:nation|member|country|state|strong)$/u.test(w);
  });
}

function roleWords(e: Entity): string[] {
  return (e.role ?? '').toLowerCase().split(/[\s-]+/u).map(roleStem);
}

export function resolveSpeaker(m: Mention, memory: DiscourseMemory, serial: number): Actor | null {
  if (m.kind === 'name') {
    const e = memory.noteName(m, serial);
    return e === null ? null : actorOf(e, 1, m.role);
  }
  if (m.kind === 'pronoun') {
    const found = memory.pronoun(m.pronoun ?? '', m.gender, serial);
    return found === null ? null : actorOf(found.entity, found.sure ? 0.9 : 0.7);
  }
  if (m.kind === 'institution') {
    const stem = (m.name ?? '').toLowerCase().replace(/s$/u, '').slice(0, 8);
    const body = memory.all().find((e) => e.org === true && e.name !== null && e.name.toLowerCase().includes(stem));
    return body !== undefined ? actorOf(body, 0.85) : { name: m.name, role: null, entity: null, quality: 0.8 };
  }
  if (m.kind !== 'role') return null;
  const head = m.head ?? '';
  const flags = wordFlags(head);
  const voice = (flags & W.VOICE_ROLE) !== 0;
  const person = (flags & W.ROLE) !== 0;
  const anonymous = (flags & W.ANON_ROLE) !== 0;
  const own = ownModifiers(m);
  // "Ruritania’s energy ministry", "the party’s campaign": the country or body speaking through it.
  if (!person && m.owner !== null && m.owner.possessive && m.owner.kind === 'name' && m.owner.org !== false) {
    const body = memory.noteName(m.owner, serial);
    if (body !== null) {
      body.role ??= m.role;
      return actorOf(body, 0.9);
    }
  }
  // "a spokesperson for Harrow Police", "a UN spokeswoman", "Kessel’s spokesperson".
  if (voice && m.owner !== null && m.definite !== null) {
    const owner = ownerEntity(m.owner, memory, serial);
    if (owner !== null && m.definite === false) return actorOf(memory.noteUnnamed(m, owner, false, serial), 0.9);
    const earlier = memory.byRole(m);
    if (earlier !== null) return actorOf(earlier, 0.85);
    if (owner !== null) return actorOf(memory.noteUnnamed(m, owner, false, serial), 0.9);
  }
  if (m.definite === true) {
    const earlier = memory.byRole(m);
    if (earlier !== null) return actorOf(earlier, 0.85);
    if (!OFFICES.has(head) && (own.length === 0 || (person && !/ (?:of|for|at|on) /u.test(m.role ?? '')))) {
      // "the agency says", "the goalkeeper said": the body or person spoken of just before.
      const latest = memory.latest(!person, serial, person ? 2 : 6);
      if (latest !== null) return actorOf(latest, 0.7);
    }
  }
  if (anonymous || (voice && m.owner === null)) {
    // "a senior official", "a spokesperson": someone speaking, unnamed.
    return m.definite === null && !voice ? null : actorOf(memory.noteUnnamed(m, null, true, serial), 0.9);
  }
  // "engineer says": an occupation with no article and no name is someone unnamed.
  if (m.definite === null && person && (flags & W.OFFICE) === 0) return actorOf(memory.noteUnnamed(m, null, true, serial), 0.9);
  if (m.role !== null && (person || own.length > 0)) {
    // "a judge ruled", "the chairman of the party said", "the Danish cabinet", "Mali PM": who holds it
    // if the update named them, else the office or body as described.
    const holder = m.definite === null ? memory.all().find((e) => e.org === false && e.name !== null && roleWords(e).includes(roleStem(head))) : undefined;
    if (holder !== undefined) return actorOf(holder, 0.85);
    return actorOf(memory.noteUnnamed(m, null, false, serial, m.role), m.definite === null ? TITLE_ONLY_QUALITY : 0.8);
  }
  return null;
}
