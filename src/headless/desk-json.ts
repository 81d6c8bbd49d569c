// The --json document. Field names are a published interface: they are listed
// one by one here so that internal fields never leak into it.
import type { Reaction, Source, Update } from '../model.js';
import type { Desk } from '../desk/desk.js';
import { terminalSafeJson } from '../text/sanitize-for-terminal.js';
import { publicReactionId, publicUpdateId } from './public-ids.js';

export function isoTime(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString();
}

export function sourceJson(source: Source) {
  return { id: source.id, title: source.title, kind: source.kind, location: source.location, error: source.error };
}

export function updateJson(update: Update) {
  return {
    id: publicUpdateId(update.key),
    /** The source's own id for it: unique only within that source. */
    guid: update.id,
    sourceId: update.sourceId,
    time: isoTime(update.time),
    timeText: update.timeText,
    title: update.title,
    body: update.body,
    link: update.link,
    author: update.author,
  };
}

export function reactionJson(reaction: Reaction) {
  return {
    id: publicReactionId(reaction),
    updateId: publicUpdateId(reaction.updateKey),
    actor: reaction.actor,
    role: reaction.role,
    kind: reaction.kind,
    text: reaction.text,
    stance: reaction.stance,
    time: isoTime(reaction.time),
  };
}

export function deskToJson(desk: Desk): string {
  return terminalSafeJson(
    {
      sources: desk.sources.map(sourceJson),
      updates: desk.updates.map(updateJson),
      reactions: desk.reactions.map(reactionJson),
    },
    2,
  );
}
