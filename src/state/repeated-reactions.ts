// The same development from two outlets is one timeline row with "+1 source"; its
// reactions are the same quotes twice. The copies' reactions that repeat one of the
// shown version's (same speaker, mostly the same words) are folded into it and
// counted; what only a copy reports stays in the pane.
import type { Reaction, Update } from '../model.js';
import { actorKey } from '../reactions/group-actors.js';

export interface FoldedReactions {
  reactions: Reaction[];
  /** For a reaction kept, how many other outlets' versions repeat it. */
  alsoIn: ReadonlyMap<string, number>;
}

const SAME_WORDS = 0.6;

function words(text: string): Set<string> {
  return new Set(text.toLocaleLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []);
}

/** Shared words over the shorter text's: an outlet that quotes less of a sentence still repeats it. */
function sameWords(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size) >= SAME_WORDS;
}

const speaker = (reaction: Reaction) => (reaction.actor === null ? '' : actorKey(reaction.actor));

export function foldRepeatedReactions(reactions: readonly Reaction[], alsoReported: ReadonlyMap<string, readonly Update[]>): FoldedReactions {
  if (alsoReported.size === 0) return { reactions: reactions as Reaction[], alsoIn: new Map() };
  const versionOf = new Map<string, string>();
  for (const [shown, copies] of alsoReported) for (const copy of copies) versionOf.set(copy.key, shown);
  const byUpdate = new Map<string, Reaction[]>();
  for (const reaction of reactions) {
    if (!alsoReported.has(reaction.updateKey)) continue;
    const list = byUpdate.get(reaction.updateKey);
    if (list === undefined) byUpdate.set(reaction.updateKey, [reaction]);
    else list.push(reaction);
  }
  const alsoIn = new Map<string, number>();
  const kept = reactions.filter((reaction) => {
    const shown = versionOf.get(reaction.updateKey);
    if (shown === undefined) return true;
    const mine = words(reaction.text);
    const original = byUpdate.get(shown)?.find((candidate) => speaker(candidate) === speaker(reaction) && sameWords(words(candidate.text), mine));
    if (original === undefined) return true;
    alsoIn.set(original.id, (alsoIn.get(original.id) ?? 0) + 1);
    return false;
  });
  return { reactions: kept, alsoIn };
}
