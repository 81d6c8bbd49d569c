// The reactions pane's rows: grouped under each actor (most recently active
// first), or one list in time order. Both views select rows by key.
import type { Reaction } from '../model.js';
import { actorKey, groupReactionsByActor, type ActorGroup } from '../reactions/group-actors.js';

export type ReactionsView = 'by-actor' | 'chronological';

export type ReactionRow =
  | { type: 'actor'; key: string; group: ActorGroup }
  | {
      type: 'reaction';
      key: string;
      reaction: Reaction;
      grouped: boolean;
      /** Under an actor heading, the reaction was made under another of the actor's names. */
      speakerDiffers: boolean;
      /** Other outlets' versions of the update that repeat it ("+1 source"). */
      otherSources: number;
    };

const NONE: ReadonlyMap<string, number> = new Map();

export function buildReactionRows(reactions: readonly Reaction[], view: ReactionsView, alsoIn: ReadonlyMap<string, number> = NONE): ReactionRow[] {
  if (view === 'chronological') {
    return reactions.map((reaction) => ({
      type: 'reaction',
      key: reaction.id,
      reaction,
      grouped: false,
      speakerDiffers: false,
      otherSources: alsoIn.get(reaction.id) ?? 0,
    }));
  }
  const rows: ReactionRow[] = [];
  for (const group of groupReactionsByActor(reactions)) {
    rows.push({ type: 'actor', key: `actor:${actorKey(group.actor)}`, group });
    const groupKey = actorKey(group.actor);
    for (const reaction of group.reactions) {
      const speakerDiffers = reaction.actor !== null && actorKey(reaction.actor) !== groupKey;
      rows.push({ type: 'reaction', key: reaction.id, reaction, grouped: true, speakerDiffers, otherSources: alsoIn.get(reaction.id) ?? 0 });
    }
  }
  return rows;
}

/** The reaction a row stands for: itself, or an actor's latest. */
export function reactionOfRow(row: ReactionRow): Reaction | undefined {
  return row.type === 'reaction' ? row.reaction : row.group.reactions[0];
}

/** The heading of the actor a row sits under, in the by-actor view (the row itself for a heading). */
export function headingKeyOf(rows: readonly ReactionRow[], key: string | null): string | null {
  const at = key === null ? -1 : rows.findIndex((row) => row.key === key);
  for (let i = at; i >= 0; i--) if (rows[i]!.type === 'actor') return rows[i]!.key;
  return null;
}
