// Tells arrivals apart for --follow and notifications: which updates are new, which
// are edits of ones already told, and which reactions were not told before.
import type { Reaction, Update } from '../model.js';
import { MEMORY_POLICY, splitRecent } from './memory-policy.js';
import { mergeUpdates } from './merge-updates.js';

export interface DeskChanges {
  added: Update[];
  edited: Update[];
  /** Reactions of the added and edited updates not reported before, or whose words changed. */
  reactions: Reaction[];
}

export interface DeskTracker {
  /** `listed`: every key the source still lists, when `updates` holds only what changed. */
  apply(updates: readonly Update[], reactions: readonly Reaction[], listed?: readonly string[]): DeskChanges;
}

/** What it remembers is bounded like the dashboard's timeline (src/desk/memory-policy.ts). */
export function createDeskTracker(policy = MEMORY_POLICY): DeskTracker {
  let known: Update[] = [];
  // An edit re-extracts its update: the reactions it already had are not news again.
  const reported = new Map<string, { updateKey: string; said: string }>();
  const isNews = (reaction: Reaction): boolean => {
    const said = `${reaction.actor ?? ''}\u0000${reaction.stance ?? ''}\u0000${reaction.text}`;
    if (reported.get(reaction.id)?.said === said) return false;
    reported.set(reaction.id, { updateKey: reaction.updateKey, said });
    return true;
  };
  return {
    apply(updates, reactions, listed) {
      const merged = mergeUpdates(known, updates);
      // An update the source still lists is kept, or the next read would report it as new.
      const { kept, dropped } = splitRecent(merged.updates, new Set(listed ?? updates.map((update) => update.key)), policy);
      known = kept;
      if (dropped.size > 0) for (const [id, entry] of reported) if (dropped.has(entry.updateKey)) reported.delete(id);
      const edited = merged.edited.map((edit) => edit.after);
      const changed = new Set([...merged.added, ...edited].map((update) => update.key));
      return { added: merged.added, edited, reactions: reactions.filter((reaction) => changed.has(reaction.updateKey) && isNews(reaction)) };
    },
  };
}
