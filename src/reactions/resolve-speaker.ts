// From a speaker mention to an actor: a name is itself; "he", "the minister", "the
// agency" are traced back through the discourse memory; "a spokesperson for the company"
// speaks for the company; "a senior official" is someone unnamed.

import { roleStem, type DiscourseMemory, type Entity } from './discourse-memory.js';
import { W, wordFlags } from './lexicon/lexicon.js';
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
    // "a Merseyside Police spokesman" speaks for the force; "Sunak’s spokesperson" is shown as such.
    if (owner.org !== false) return { name: owner.name, role: e.role ?? role, entity: e, quality };
    return { name: owner.name === null ? null : `${surnameOf(owner.name)}’s ${e.role?.split(' ').pop() ?? 'spokesperson'}`, role: e.role, entity: e, quality };
  }
  if (e.anonymous || e.name === null) return { name: null, role: e.role ?? role, entity: e, quality };
  return { name: e.name, role: e.role ?? role, entity: e, quality };
}

function ownerEntity(owner: Mention, memory: DiscourseMemory, serial: number): Entity | null {
  if (owner.kind === 'name') return memory.noteName(owner, serial);
  if (owner.kind === 'role') return memory.description(owner, serial)?.entity ?? null;
  return null;
}

const TITLE_ONLY_QUALITY = 0.8;

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
  // "a spokesperson for Merseyside Police", "a WHO spokeswoman", "Sunak’s spokesperson".
  if (voice && m.owner !== null) {
    const owner = ownerEntity(m.owner, memory, serial);
    if (owner !== null) return actorOf(memory.noteUnnamed(m, owner, false, serial), 0.9);
  }
  if (m.definite === true) {
    const found = memory.description(m, serial);
    if (found !== null) return actorOf(found.entity, found.sure ? 0.85 : 0.7);
  }
  if (m.definite === false) {
    // "a senior official", "a teacher at the school": someone speaking, unnamed.
    return actorOf(memory.noteUnnamed(m, null, true, serial), 0.9);
  }
  // "Mali PM", "UN chief": a title the update may name the holder of later.
  if (m.definite === null && m.role !== null && (flags & W.ROLE) !== 0) {
    const holder = memory.all().find((e) => e.org === false && e.name !== null && (e.role ?? '').toLowerCase().split(/\s+/u).map(roleStem).includes(roleStem(head)));
    if (holder !== undefined) return actorOf(holder, 0.85);
    return { name: m.role, role: null, entity: null, quality: TITLE_ONLY_QUALITY };
  }
  if (m.definite === null && m.org === true && m.role !== null) {
    return { name: m.role, role: null, entity: null, quality: 0.7 };
  }
  return null;
}
