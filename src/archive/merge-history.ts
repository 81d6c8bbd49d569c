// What a run shows at start: the archived history of its sources with what was
// just loaded laid over it. Built from reads alone, so the output is the same
// whether or not the archive can then keep what was loaded.
import type { Reaction, Source, Update } from '../model.js';
import type { Desk } from '../desk/desk.js';

function mergeSources(archived: readonly Source[], loaded: readonly Source[]): Source[] {
  // A source not read this time (failed, or a URL not fetched yet) keeps its archived
  // title and summary, with today's error if there is one.
  return loaded.map((source) => {
    const known = archived.find((candidate) => candidate.id === source.id);
    return source.kind === null && known !== undefined ? { ...known, tag: source.tag, location: source.location, error: source.error } : source;
  });
}

/**
 * The archive's timeline order (archive-updates.ts): newest first, same time in the
 * order first seen; undated last, latest seen first. What was just loaded is seen now.
 */
function before(fresh: Update, archived: Update): boolean {
  if (fresh.time === null || archived.time === null) return fresh.time !== null || archived.time === null;
  return fresh.time > archived.time;
}

function mergeUpdates(archived: readonly Update[], loaded: readonly Update[]): Update[] {
  const loadedByKey = new Map(loaded.map((update) => [update.key, update]));
  // An archived update read again shows as read now; one whose time moved is placed anew.
  const kept: Update[] = [];
  const placed = new Set<string>();
  for (const update of archived) {
    const now = loadedByKey.get(update.key);
    if (now !== undefined && now.time !== update.time) continue;
    kept.push(now ?? update);
    placed.add(update.key);
  }
  const fresh = loaded.filter((update) => !placed.has(update.key));
  if (fresh.length === 0) return kept;
  const merged: Update[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < fresh.length) {
    const take = j < fresh.length && (i >= kept.length || before(fresh[j]!, kept[i]!));
    merged.push(take ? fresh[j++]! : kept[i++]!);
  }
  return merged;
}

function mergeReactions(updates: readonly Update[], archived: readonly Reaction[], loaded: Desk): Reaction[] {
  const loadedKeys = new Set(loaded.updates.map((update) => update.key));
  const byKey = new Map<string, Reaction[]>();
  const add = (reaction: Reaction) => {
    const list = byKey.get(reaction.updateKey);
    if (list === undefined) byKey.set(reaction.updateKey, [reaction]);
    else list.push(reaction);
  };
  // What was just extracted replaces what the archive kept for the same update.
  for (const reaction of archived) if (!loadedKeys.has(reaction.updateKey)) add(reaction);
  for (const reaction of loaded.reactions) add(reaction);
  return updates.flatMap((update) => byKey.get(update.key) ?? []);
}

export function mergeHistory(archived: Desk, loaded: Desk): Desk {
  const updates = mergeUpdates(archived.updates, loaded.updates);
  return { sources: mergeSources(archived.sources, loaded.sources), updates, reactions: mergeReactions(updates, archived.reactions, loaded) };
}
