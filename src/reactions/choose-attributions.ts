// Reads the update in order, tracing each proposed speaker back through what was said
// before, and keeps the best-scored attribution for every quotation and statement. A
// quotation whose best attribution is too unsure is kept with no actor rather than guessed.

import { quoteKey, type Candidate } from './candidate.js';
import { DiscourseMemory } from './discourse-memory.js';
import type { DocumentView } from './discourse-patterns.js';
import type { Mention } from './mention.js';
import type { ReadSentence } from './read-elements.js';
import { subjectsOf } from './sentence-subjects.js';
import { resolveSpeaker, type Actor } from './resolve-speaker.js';

export interface Chosen {
  candidate: Candidate;
  actor: Actor | null;
  score: number;
}

/** Below this, a quotation is shown with no actor and a statement is not shown. */
export const MIN_SCORE = 0.5;

// Statements that stand beside the sentence's main one rather than competing with it.
const SIDE_STATEMENTS = new Set(['second-verb', 'participle-statement']);

export function targetOf(c: Candidate): string {
  if (c.quote !== null) return quoteKey(c.block, c.quote);
  const side = SIDE_STATEMENTS.has(c.row) ? `:${c.parts[0]?.[0] ?? 0}` : '';
  return `s${c.block}:${c.sentence}${side}`;
}



export function chooseAttributions(doc: DocumentView, candidates: readonly Candidate[], memory = new DiscourseMemory()): Map<string, Chosen> {
  const chosen = new Map<string, Chosen>();
  const actors = new Map<Candidate, Actor | null>();
  // Candidates by the sentence that names their speaker, and by the sentence where they are decided.
  const bySpeaker: Candidate[][][] = doc.read.map(() => []);
  const byAnchor: Candidate[][][] = doc.read.map(() => []);
  const add = (to: Candidate[][][], block: number, sentence: number, c: Candidate): void => {
    const row = to[block];
    if (row !== undefined) (row[sentence] ??= []).push(c);
  };
  for (const c of candidates) {
    if ('mention' in c.speaker) add(bySpeaker, c.speaker.block, c.speaker.sentence, c);
    if (c.anchor === undefined) add(byAnchor, c.block, c.sentence, c);
    else add(byAnchor, c.anchor[0], c.anchor[1], c);
  }
  let serial = 0;
  doc.read.forEach((sentences, b) => {
    for (const s of sentences) {
      serial++;
      // 1. Who the speakers mentioned here are, as of the sentences before.
      const resolved = new Map<Mention, Actor | null>();
      for (const c of bySpeaker[b]?.[s.index] ?? []) {
        if (!('mention' in c.speaker)) continue;
        const m = c.speaker.mention;
        if (!resolved.has(m)) resolved.set(m, resolveSpeaker(m, memory, serial));
        actors.set(c, resolved.get(m) ?? null);
      }
      // 2. The best attribution of every quotation and statement decided here.
      const targets = new Map<string, Chosen>();
      for (const c of byAnchor[b]?.[s.index] ?? []) {
        let actor: Actor | null;
        if ('follows' in c.speaker) {
          const followed = chosen.get(c.speaker.follows);
          actor = followed?.actor ?? null;
        } else {
          actor = actors.get(c) ?? null;
        }
        const score = c.score * (actor?.quality ?? 0);
        const key = targetOf(c);
        const best = targets.get(key);
        if (best === undefined || score > best.score) targets.set(key, { candidate: c, actor, score });
      }
      for (const [key, pick] of targets) {
        const before = chosen.get(key);
        if (before !== undefined && before.score >= pick.score) continue;
        if (pick.score < MIN_SCORE) pick.actor = null;
        chosen.set(key, pick);
        if (pick.score >= MIN_SCORE && pick.actor?.entity) pick.actor.entity.lastSpeaker = serial;
      }
      // 3. What this sentence tells about who is who, for the sentences after it.
      for (const m of s.mentions) if (m.kind === 'name' && m.name !== null) memory.noteName(m, serial);
      for (const m of subjectsOf(s)) {
        const actor = resolved.get(m) ?? resolveSpeaker(m, memory, serial);
        if (actor?.entity) actor.entity.lastSubject = serial;
      }
    }
  });
  return chosen;
}
