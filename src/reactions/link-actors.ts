// Within one update, the same person is often named three ways: "Mali PM" in the
// headline, "Malian Prime Minister Boubou Cisse" in the lead, "Cisse" later. This
// pass rewrites the short forms to the full name the update gives.

import type { Mention } from './actor-memory.js';

// Words that make an actor a bare title ("Mali PM", "Labour minister") rather than a name.
const ROLE_HEADS = new Set([
  'minister', 'president', 'pm', 'fm', 'premier', 'chancellor', 'leader', 'chief', 'head', 'boss',
  'spokesman', 'spokeswoman', 'spokesperson', 'secretary-general', 'mayor', 'governor', 'ambassador',
  'envoy', 'general', 'commander', 'king', 'queen', 'pope', 'chairman', 'chairwoman', 'chair',
  'director', 'commissioner', 'prosecutor', 'judge', 'speaker',
]);

// Headline abbreviations for titles spelled out in the body.
const EXPANSIONS: Readonly<Record<string, string>> = {
  pm: 'prime minister', fm: 'foreign minister', chief: 'secretary-general',
};

function words(text: string): string[] {
  return text.toLowerCase().split(/[\s-]+/u).filter((w) => w !== '');
}

/** "Mali PM" → "prime minister"; null when the actor is not a bare title. */
function titleOf(actor: string): string | null {
  const w = words(actor);
  const head = w[w.length - 1];
  if (head === undefined || !ROLE_HEADS.has(head) || w.length > 4) return null;
  return EXPANSIONS[head] ?? head;
}

interface Person {
  actor: string;
  role: string | null;
}

/** The one person whose role carries this title; prefers the role sharing most words. */
function holderOf(actor: string, title: string, people: readonly Person[]): Person | null {
  const wanted = new Set([...words(actor), ...words(title)]);
  let best: Person | null = null;
  let bestScore = 0;
  let tie = false;
  for (const p of people) {
    const role = words(p.role ?? '');
    if (p.actor === actor || !role.includes(title.split(' ').pop() ?? title)) continue;
    const score = role.filter((w) => wanted.has(w)).length;
    if (score > bestScore) [best, bestScore, tie] = [p, score, false];
    else if (score === bestScore && best !== null && best.actor !== p.actor) tie = true;
  }
  return tie ? null : best;
}

/** "Halas" → "Petr Halas" when exactly one fuller name ends with it. */
function fullNameOf(actor: string, people: readonly Person[]): Person | null {
  const short = words(actor).join(' ');
  const fits = people.filter((p) => {
    const full = words(p.actor).join(' ');
    return full !== short && full.endsWith(` ${short}`);
  });
  const names = new Set(fits.map((p) => p.actor));
  return names.size === 1 ? (fits[0] ?? null) : null;
}

/** Rewrites short and title-only actors in place; `people` are the update's named persons. */
export function linkActors<T extends { mention: Mention | null }>(found: T[], people: readonly Person[]): void {
  const cache = new Map<string, Person | null>();
  for (const f of found) {
    const m = f.mention;
    // "senior official" is a description, never a short form of someone's name.
    if (m === null || m.anonymous === true) continue;
    let to = cache.get(m.actor);
    if (to === undefined) {
      const title = titleOf(m.actor);
      to = title !== null ? holderOf(m.actor, title, people) : fullNameOf(m.actor, people);
      cache.set(m.actor, to);
    }
    if (to !== null) f.mention = { actor: to.actor, role: m.role ?? to.role, person: true };
  }
}
