// Turns "here is the whole source again" into what changed: the new updates,
// the edited ones and their reactions. --follow and notifications both need it.
import type { Reaction, Update } from '../model.js';
import { mergeUpdates } from '../state/merge-updates.js';

export interface DeskChanges {
  added: Update[];
  edited: Update[];
  /** Reactions of the added and edited updates not reported before, or whose words changed. */
  reactions: Reaction[];
}

export interface DeskTracker {
  apply(updates: readonly Update[], reactions: readonly Reaction[]): DeskChanges;
}

export function createDeskTracker(): DeskTracker {
  let known: Update[] = [];
  // An edit re-extracts its update: the reactions it already had are not news again.
  const reported = new Map<string, string>();
  const isNews = (reaction: Reaction): boolean => {
    const said = `${reaction.actor ?? ''}\u0000${reaction.stance ?? ''}\u0000${reaction.text}`;
    if (reported.get(reaction.id) === said) return false;
    reported.set(reaction.id, said);
    return true;
  };
  return {
    apply(updates, reactions) {
      const merged = mergeUpdates(known, updates);
      known = merged.updates;
      const edited = merged.edited.map((edit) => edit.after);
      const changed = new Set([...merged.added, ...edited].map((update) => update.key));
      return { added: merged.added, edited, reactions: reactions.filter((reaction) => changed.has(reaction.updateKey) && isNews(reaction)) };
    },
  };
}
