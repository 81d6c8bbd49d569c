// Who said what in one update. The text is read once into blocks, tokens, quotations
// and sentences (tokenise.ts); each sentence is chunked into mentions and read as a
// string of elements (read-elements.ts); the attribution patterns, one row each
// (attribution-patterns.ts, discourse-patterns.ts), propose scored candidates; the
// update is then read in order to trace pronouns and descriptions back to whom they
// name and keep the best attribution of each quotation and statement
// (choose-attributions.ts). Pure: no I/O.

import type { Reaction, Update } from '../model.js';
import { assembleReactions, type Found } from './assemble-reactions.js';
import { chooseAttributions } from './choose-attributions.js';
import { DiscourseMemory } from './discourse-memory.js';
import type { DocumentView } from './discourse-patterns.js';
import { linkActors } from './link-actors.js';
import { proposeCandidates } from './propose-candidates.js';
import { readSentence } from './read-elements.js';
import { stripCredits } from './strip-credits.js';
import { readBlocks } from './tokenise.js';

export interface TracedReaction {
  reaction: Reaction;
  /** The attribution pattern that gave the actor, or 'unattributed'. */
  row: string;
}

// Far longer than any update or article (about 15,000 words): a hostile 50 MB body is read
// no further, so one item cannot hold the desk up or fill its memory.
const MAX_BODY_CHARS = 100_000;

/** The body up to the limit, cut at the last paragraph break before it. */
function bounded(body: string): string {
  if (body.length <= MAX_BODY_CHARS) return body;
  const cut = body.lastIndexOf('\n\n', MAX_BODY_CHARS);
  return body.slice(0, cut > 0 ? cut : MAX_BODY_CHARS);
}

function read(update: Update): DocumentView {
  const blocks = readBlocks(stripCredits(String(update.title ?? '').slice(0, MAX_BODY_CHARS)), stripCredits(bounded(String(update.body ?? ''))));
  return { blocks, read: blocks.map((b) => b.sentences.map((_, n) => readSentence(b, n))) };
}

/** Every reaction in `update` with the pattern that found it, in reading order. */
export function extractTracedReactions(update: Update): TracedReaction[] {
  const doc = read(update);
  const memory = new DiscourseMemory();
  const found: Found[] = assembleReactions(doc, chooseAttributions(doc, proposeCandidates(doc), memory));
  // Everyone the update names with a role, spoken or not: "Palace spokesman" in a headline is the one it names so.
  linkActors(found, memory.all().flatMap((e) => (e.name !== null && e.role !== null && e.org === false && !e.anonymous ? [{ actor: e.name, role: e.role, person: true }] : [])));
  return found.map((f, n) => ({
    row: f.row,
    reaction: {
      id: `${update.key}#${n + 1}`,
      updateId: update.id,
      updateKey: update.key,
      actor: f.actor,
      role: f.role,
      kind: f.kind,
      text: f.text,
      stance: f.stance,
      time: update.time,
    },
  }));
}

/** Every reaction in `update`, in reading order: headline first, then the body. */
export function extractReactions(update: Update): Reaction[] {
  return extractTracedReactions(update).map((t) => t.reaction);
}
