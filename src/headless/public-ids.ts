// Ids as scripts see them. Inside, an update is known by its key, "source id NUL
// guid": unique across sources, but a NUL is no id to print, and the key of a file
// source carries its whole path. Outside, an update's id is a short digest of that
// key, the same on every run; a reaction's id is its update's id and its place.
import { createHash } from 'node:crypto';
import type { Reaction } from '../model.js';

function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

export function publicUpdateId(key: string): string {
  return digest(key);
}

/** Stored reaction ids are the update's key and "#n" (see extract-reactions.ts). */
export function publicReactionId(reaction: Pick<Reaction, 'id' | 'updateKey'>): string {
  const place = reaction.id.startsWith(reaction.updateKey) ? reaction.id.slice(reaction.updateKey.length) : `#${digest(reaction.id)}`;
  return `${publicUpdateId(reaction.updateKey)}${place}`;
}
