// Within one update the same person is often named three ways: "Mali PM" in the
// headline, "Malian Prime Minister Boubou Cisse" in the body, "Cisse" in between.
// This pass rewrites a title alone, or a surname alone, to the full name the update gives.

import { remembered } from '../remembered.js';
import { GENERIC_BODIES } from './lexicon/organisation-words.js';
import { GENERIC_HEADS, HEADLINE_TITLES, TITLE_ABBREVIATIONS } from './lexicon/people-words.js';

export interface Linkable {
  actor: string | null;
  role: string | null;
  person: boolean;
  /** Read from the headline, where a body may be named only by what it is ("Government denies …"). */
  headline?: boolean;
}

const HEADS = new Set(GENERIC_HEADS);
const TITLE_HEADS = new Set(HEADLINE_TITLES);

const words = remembered(2_000, (text: string): string[] => text.toLowerCase().split(/[\s-]+/u).filter((w) => w !== ''));

/** "Mali PM" → { head: "prime minister", qualifiers: ["mali"] }; null when not a bare title. */
function titleOf(actor: string): { head: string; qualifiers: string[] } | null {
  const w = words(actor);
  const last = w[w.length - 1];
  if (last === undefined || !TITLE_HEADS.has(last) || w.length > 4) return null;
  return { head: TITLE_ABBREVIATIONS[last] ?? last, qualifiers: w.slice(0, -1) };
}

/** The one named person whose role carries this title; with a generic head, whose role names the same body. */
function holderOf(title: { head: string; qualifiers: string[] }, people: readonly Linkable[]): Linkable | null {
  const fits = people.filter((p) => {
    const role = words(p.role ?? '').join(' ');
    if (HEADS.has(title.head)) return title.qualifiers.length > 0 && title.qualifiers.every((q) => role.split(' ').includes(q));
    return role.endsWith(title.head) || role.includes(`${title.head} `);
  });
  const names = new Set(fits.map((p) => p.actor));
  return names.size === 1 ? (fits[0] ?? null) : null;
}

/** "Keita" → "Ibrahim Boubacar Keita" when exactly one fuller name in the update ends with it. */
function fullNameOf(actor: string, people: readonly Linkable[]): Linkable | null {
  const short = words(actor).join(' ');
  const fits = people.filter((p) => {
    const full = words(p.actor ?? '').join(' ');
    return full !== short && full.endsWith(` ${short}`);
  });
  const names = new Set(fits.map((p) => p.actor));
  return names.size === 1 ? (fits[0] ?? null) : null;
}

const BODIES = new Set(GENERIC_BODIES);

/** "Government" → the one body in the update named with that word or given that role. */
function bodyOf(actor: string, found: readonly Linkable[]): string | null {
  const word = actor.toLowerCase();
  const named = new Set<string>();
  for (const f of found) {
    if (f.actor === null || f.actor === actor || f.person) continue;
    if (`${f.actor} ${f.role ?? ''}`.toLowerCase().includes(word)) named.add(f.actor);
  }
  if (named.size === 1) return [...named][0] ?? null;
  // Else the one body the update gives anything to.
  const bodies = new Set(found.filter((f) => f.actor !== null && f.actor !== actor && !f.person && !BODIES.has(f.actor.toLowerCase())).map((f) => f.actor));
  return named.size === 0 && bodies.size === 1 ? ([...bodies][0] ?? null) : null;
}

/** "Port authority" → "Harrowgate Port Authority": the one body whose name holds all its words. */
function namedBody(actor: string, found: readonly Linkable[]): string | null {
  const mine = words(actor);
  const fits = new Set<string>();
  for (const f of found) {
    if (f.actor === null || f.person || f.actor.length <= actor.length) continue;
    const theirs = words(f.actor);
    if (mine.every((w) => theirs.includes(w))) fits.add(f.actor);
  }
  return fits.size === 1 ? ([...fits][0] ?? null) : null;
}

/** Rewrites short, title-only and generic actors in place; `named` are people the update names who did not speak. */
export function linkActors(found: Linkable[], named: readonly Linkable[] = []): void {
  for (const f of found) {
    if (f.actor === null || f.person) continue;
    const generic = f.headline === true && BODIES.has(f.actor.toLowerCase());
    f.actor = namedBody(f.actor, found) ?? (generic ? bodyOf(f.actor, found) : null) ?? f.actor;
  }
  const people = [...found, ...named].filter((f) => f.person && f.actor !== null && f.actor.includes(' ') && titleOf(f.actor) === null);
  if (people.length === 0) return;
  const cache = new Map<string, Linkable | null>();
  for (const f of found) {
    if (f.actor === null) continue;
    let to = cache.get(f.actor);
    if (to === undefined) {
      const title = titleOf(f.actor);
      to = title !== null ? holderOf(title, people) : fullNameOf(f.actor, people);
      cache.set(f.actor, to);
    }
    if (to !== null && to.actor !== f.actor) {
      f.role = f.role ?? to.role;
      f.actor = to.actor;
      f.person = true;
    }
  }
}
