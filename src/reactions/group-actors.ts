// Groups reactions by who made them, across updates, for the reactions pane.
// One actor often has several names: "France", "Foreign Minister Jean-Yves Le Drian",
// "Jean Yves Le Drian", "Le Drian". Rules, in order:
//  1. names are compared without case, hyphens or dots ("Jean-Yves" = "Jean Yves");
//  2. an acronym equals the name it abbreviates ("UN" = "United Nations");
//  3. a shorter name that ends a longer one is that person ("Le Drian"), when only one fits;
//  4. an official is folded into the country or body they speak for: their role names
//     it ("France's foreign minister", "UN spokesperson"), or they carry a government
//     title in an update where that country or body is the only other actor.
// Pure: no Ink, no I/O.

import type { Reaction } from '../model.js';
import { remembered } from '../remembered.js';

export interface ActorGroup {
  actor: string;
  /** Other names seen for the same actor, in first-seen order. */
  aliases: string[];
  role: string | null;
  reactions: Reaction[];
  latestTime: number | null;
  latestStance: string | null;
}

const OFFICIAL_TITLE = /\b(?:minister|president|premier|chancellor|spokes(?:man|woman|person)|ambassador|secretary|envoy|pm)\b/iu;
const ORG_LIKE = /^\p{Lu}{2,8}$|\b(?:Union|Nations|Ministry|Council|Commission|Agency|Government|Community|Organi[sz]ation)\b/u;

// Grouping runs over every reaction whenever one arrives, and the same few names recur.
export const actorKey = remembered(10_000, (name: string): string =>
  name.toLowerCase().replace(/[’']s\b/gu, '').replace(/[-‐.]/gu, ' ').replace(/\s+/gu, ' ').trim().replace(/^the /u, ''),
);

function initials(key: string): string {
  return key.split(' ').filter((w) => w.length > 2 || w === 'un').map((w) => w[0]).join('');
}

/** A body, country or acronym rather than a person: one word, or an organisation's name. */
function isBody(name: string): boolean {
  return !name.includes(' ') || ORG_LIKE.test(name);
}

class Names {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    while (p !== (this.parent.get(p) ?? p)) p = this.parent.get(p) ?? p;
    return p;
  }
  /** Folds `from` into `into`; `into` stays the head. */
  join(from: string, into: string): void {
    const a = this.find(from);
    const b = this.find(into);
    if (a !== b) this.parent.set(a, b);
  }
}

/** A one-word name that is a later word of exactly one person's full name: "Keita", "Faki" (Moussa Faki Mahamat). */
function personWithSurname(k: string, keys: readonly string[], bodies: ReadonlySet<string>): string | undefined {
  const fits = keys.filter((o) => o !== k && !bodies.has(o) && !OFFICIAL_TITLE.test(o) && o.split(' ').slice(1).includes(k));
  return fits.length === 1 ? fits[0] : undefined;
}

function linkNames(names: Names, keys: readonly string[], bodies: ReadonlySet<string>): void {
  for (const k of keys) {
    // "un" = "united nations": the acronym joins the spelled-out name.
    const spelled = keys.find((o) => o !== k && o.includes(' ') && initials(o) === k);
    if (spelled !== undefined) names.join(k, spelled);
    if (bodies.has(k)) {
      // One word reads as a body ("France"), unless it is the surname of one person named in full.
      const person = k.includes(' ') || spelled !== undefined ? undefined : personWithSurname(k, keys, bodies);
      if (person !== undefined) names.join(k, person);
      continue;
    }
    const longer = keys.filter((o) => o !== k && !bodies.has(o) && o.endsWith(` ${k}`));
    if (longer.length === 1 && longer[0] !== undefined) names.join(k, longer[0]);
  }
}

function linkOfficials(names: Names, reactions: readonly Reaction[], bodies: ReadonlySet<string>): void {
  const officials = reactions.filter((r) => r.actor !== null && r.role !== null && !bodies.has(actorKey(r.actor)));
  if (officials.length === 0) return;
  const byUpdate = new Map<string, Reaction[]>();
  for (const r of reactions) {
    const list = byUpdate.get(r.updateKey);
    if (list === undefined) byUpdate.set(r.updateKey, [r]);
    else list.push(r);
  }
  for (const r of officials) {
    if (r.actor === null || r.role === null) continue;
    const role = actorKey(r.role);
    const words = ` ${role} `;
    // "France's foreign minister", "UN spokesperson" (for the United Nations).
    const named = [...bodies].find((b) => words.includes(` ${b} `) || (b.includes(' ') && words.includes(` ${initials(b)} `)));
    // A body, and still one once surnames have joined their people ("Kessel" is Ada Kessel, not a body).
    const isStillBody = (k: string): boolean => bodies.has(k) && bodies.has(names.find(k));
    const sameUpdate = new Set(
      (byUpdate.get(r.updateKey) ?? []).flatMap((o) => (o.actor !== null && isStillBody(actorKey(o.actor)) ? [actorKey(o.actor)] : [])),
    );
    const only = sameUpdate.size === 1 && OFFICIAL_TITLE.test(r.role) ? [...sameUpdate][0] : undefined;
    const body = named ?? only;
    if (body !== undefined) names.join(actorKey(r.actor), body);
  }
}

/** Groups, most recently active first; reactions with no actor last, in one group. */
export function groupReactionsByActor(reactions: readonly Reaction[]): ActorGroup[] {
  const attributed = reactions.filter((r) => r.actor !== null);
  const keys = [...new Set(attributed.map((r) => actorKey(r.actor ?? '')))];
  const bodies = new Set(attributed.filter((r) => isBody(r.actor ?? '')).map((r) => actorKey(r.actor ?? '')));
  const names = new Names();
  linkNames(names, keys, bodies);
  linkOfficials(names, attributed, bodies);

  const groups = new Map<string, ActorGroup>();
  for (const r of attributed) {
    const head = names.find(actorKey(r.actor ?? ''));
    let g = groups.get(head);
    if (g === undefined) {
      g = { actor: '', aliases: [], role: null, reactions: [], latestTime: null, latestStance: null };
      groups.set(head, g);
    }
    g.reactions.push(r);
  }
  const out = [...groups.entries()].map(([head, g]) => finish(head, g));
  out.sort((a, b) => (b.latestTime ?? -Infinity) - (a.latestTime ?? -Infinity));
  const loose = reactions.filter((r) => r.actor === null);
  if (loose.length > 0) out.push(finish(null, { actor: '', aliases: [], role: null, reactions: loose, latestTime: null, latestStance: null }));
  return out;
}

function finish(head: string | null, g: ActorGroup): ActorGroup {
  const spellings = [...new Set(g.reactions.map((r) => r.actor ?? ''))].filter((a) => a !== '');
  // The head's own spelling, else the longest one ("Jean-Yves Le Drian" over "Le Drian").
  const actor = spellings.find((s) => actorKey(s) === head) ?? [...spellings].sort((a, b) => b.length - a.length)[0] ?? '';
  const role = g.reactions.find((r) => r.role !== null && r.actor !== null && actorKey(r.actor) !== head)?.role ??
    g.reactions.find((r) => r.role !== null)?.role ?? null;
  let latest: Reaction | null = null;
  for (const r of g.reactions) if (latest === null || (r.time ?? -Infinity) >= (latest.time ?? -Infinity)) latest = r;
  return {
    actor: head === null ? '' : actor,
    aliases: spellings.filter((s) => s !== actor),
    role: head === null ? null : role,
    reactions: g.reactions,
    latestTime: latest?.time ?? null,
    latestStance: latest?.stance ?? null,
  };
}
