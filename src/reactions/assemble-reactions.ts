// From the chosen attributions to the reactions shown: the words of each, a quotation
// inside a reported sentence shown once (as a quote, or as the statement it is part of),
// headline shorthand kept only when the body backs it, and quotations nobody is said
// to have said kept with no actor unless they only name something ("the so-called “…”").

import type { ReactionKind } from '../model.js';
import type { Chosen } from './choose-attributions.js';
import { nameKey } from './discourse-memory.js';
import type { DocumentView } from './discourse-patterns.js';
import { isFragment, quoteText, statementText, wordCount } from './reaction-text.js';
import { finalName } from './resolve-speaker.js';
import type { Block } from './tokenise.js';

export interface Found {
  kind: ReactionKind;
  text: string;
  actor: string | null;
  role: string | null;
  person: boolean;
  stance: string | null;
  /** The pattern row that attributed it ('unattributed' for none). */
  row: string;
  block: number;
  /** First token, for reading order; and the token range it covers. */
  from: number;
  to: number;
  quote: number | null;
  sentence: number;
  headline: boolean;
}

// Words that make the quotation after them a name for something: "the so-called “…”".
const TERM_BEFORE = /(?:^|\s)(?:so-called|dubbed|termed|nicknamed|known as|the|a|an|its|their|his|her|this|that|what (?:it|he|she|they) (?:called|described as))\s*$/iu;

function fromChosen(doc: DocumentView, ch: Chosen): Found | null {
  const c = ch.candidate;
  const block = doc.blocks[c.block] as Block;
  const actor = ch.actor;
  const named = actor !== null && actor.name !== null;
  // Built field by field: spreading a many-field object is V8's slow path, and this runs per reaction.
  const found: Found = {
    kind: 'quote', text: '', actor: actor === null ? null : finalName(actor), role: actor?.role ?? null,
    person: actor?.entity?.org === false, stance: null, row: actor === null ? 'unattributed' : c.row, block: c.block,
    from: 0, to: 0, quote: null, sentence: c.sentence, headline: block.kind === 'headline',
  };
  if (c.kind === 'quote' && c.quote !== null) {
    const q = block.quotes[c.quote];
    if (q === undefined || block.kind === 'headline') return null;
    const text = quoteText(q);
    if (wordCount(text) === 0) return null;
    found.text = text;
    found.stance = named || actor !== null ? c.stance : null;
    found.from = q.tokStart;
    found.to = q.tokEnd;
    found.quote = c.quote;
    return found;
  }
  if (actor === null) return null;
  const text = statementText(block, c.parts);
  if (wordCount(text) === 0) return null;
  found.kind = 'statement';
  found.text = text;
  found.stance = c.stance;
  found.from = c.parts[0]?.[0] ?? 0;
  found.to = c.parts[c.parts.length - 1]?.[1] ?? 0;
  return found;
}

/** A quotation nobody was given takes the speaker of the statement around it. */
function takeSpeaker(q: Found, s: Found): void {
  q.actor = s.actor;
  q.role = s.role;
  q.person = s.person;
  q.stance = s.stance;
  q.row = s.row;
}

/** A quotation inside a statement of the same sentence is shown once. */
function reconcile(doc: DocumentView, found: Found[]): Found[] {
  const drop = new Set<Found>();
  for (const s of found) {
    if (s.kind !== 'statement' || s.headline) continue;
    const inside = found.filter((q) => q.kind === 'quote' && q.block === s.block && q.from >= s.from && q.to <= s.to);
    if (inside.length === 0) continue;
    const mine = inside.filter((q) => q.actor === null || q.actor === s.actor);
    if (mine.length !== 1) {
      // Several quotations: each is shown as said, and the statement around them is not.
      for (const q of mine) if (q.actor === null) takeSpeaker(q, s);
      if (mine.length > 1) drop.add(s);
      continue;
    }
    const q = mine[0] as Found;
    const block = doc.blocks[s.block] as Block;
    const quote = block.quotes[q.quote ?? -1];
    const first = block.tokens[s.from];
    const last = block.tokens[s.to - 1];
    if (quote === undefined || first === undefined || last === undefined) continue;
    const opener = block.text.slice(first.start, quote.start).replace(/^\s*that\b/iu, '').trim();
    const tail = block.text.slice(quote.end, last.end);
    if (isFragment(opener === '' || /^[:,]$/u.test(opener), tail)) {
      drop.add(q);
    } else {
      drop.add(s);
      if (q.actor === null) takeSpeaker(q, s);
      q.stance = s.stance;
    }
  }
  return found.filter((f) => !drop.has(f));
}

function unattributed(doc: DocumentView, chosen: ReadonlyMap<string, Chosen>, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  doc.read.forEach((sentences, b) => {
    const block = doc.blocks[b] as Block;
    if (block.kind === 'headline' || block.kind === 'signature') return;
    for (const s of sentences) {
      for (const e of s.elements) {
        if (e.code !== 'Q' || e.quote === undefined || chosen.has(`q${b}:${e.quote}`)) continue;
        const q = block.quotes[e.quote];
        if (q === undefined) continue;
        if (found.some((f) => f.block === b && f.kind === 'statement' && f.from <= q.tokStart && f.to >= q.tokEnd)) continue;
        if (TERM_BEFORE.test(block.text.slice(Math.max(0, q.start - 40), q.start))) continue;
        const text = quoteText(q);
        if (wordCount(text) < 3) continue;
        out.push({
          kind: 'quote', text, actor: null, role: null, person: false, stance: null, row: 'unattributed', block: b,
          from: q.tokStart, to: q.tokEnd, quote: e.quote, sentence: s.index, headline: false,
        });
      }
    }
  });
  return out;
}

export function assembleReactions(doc: DocumentView, chosen: ReadonlyMap<string, Chosen>): Found[] {
  const body = new Set<string>();
  for (const ch of chosen.values()) {
    const name = ch.actor === null ? null : finalName(ch.actor);
    if (name !== null && doc.blocks[ch.candidate.block]?.kind !== 'headline') body.add(nameKey(name));
  }
  const found: Found[] = [];
  for (const ch of chosen.values()) {
    // "Doe: talks have failed" in a headline is Doe's only if the body has Doe saying something.
    if (ch.candidate.needsConfirmation === true && !body.has(nameKey(ch.actor === null ? '' : finalName(ch.actor) ?? ''))) continue;
    const f = fromChosen(doc, ch);
    if (f !== null) found.push(f);
  }
  const kept = reconcile(doc, found);
  kept.push(...unattributed(doc, chosen, kept));
  return kept.sort((a, b) => a.block - b.block || a.from - b.from);
}
