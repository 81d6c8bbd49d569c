// JSON and NDJSON exports of an archived desk. Field lists come from the --json
// document (desk-json.ts) so the published names stay in one place; exports add
// only what a reader needs to put the pieces back together.
import type { Reaction, Update } from '../model.js';
import { reactionJson, sourceJson, updateJson } from '../headless/desk-json.js';
import type { Desk } from '../desk/desk.js';
import { terminalSafeJson } from '../text/sanitize-for-terminal.js';

export interface ExportOptions {
  /** Keys of updates the reader has opened; when given, each update carries `read`. */
  readKeys?: ReadonlySet<string> | null;
}

function updateOut(update: Update, readKeys: ReadonlySet<string> | null) {
  return readKeys === null ? updateJson(update) : { ...updateJson(update), read: readKeys.has(update.key) };
}

/** The source too, so a reaction can be sorted by source without joining it to its update. */
function reactionOut(reaction: Reaction, sourceOf: ReadonlyMap<string, string>) {
  const sourceId = sourceOf.get(reaction.updateKey) ?? reaction.updateKey.split('\u0000')[0] ?? '';
  return { ...reactionJson(reaction), sourceId };
}

function sourcesByKey(desk: Desk): Map<string, string> {
  return new Map(desk.updates.map((update) => [update.key, update.sourceId]));
}

export function toJson(desk: Desk, options: ExportOptions = {}): string {
  const readKeys = options.readKeys ?? null;
  const sourceOf = sourcesByKey(desk);
  const document = {
    sources: desk.sources.map(sourceJson),
    updates: desk.updates.map((update) => updateOut(update, readKeys)),
    reactions: desk.reactions.map((reaction) => reactionOut(reaction, sourceOf)),
  };
  return `${terminalSafeJson(document, 2)}\n`;
}

/** One object per line, each with a `type`, so a stream can be filtered with grep or jq. */
export function toNdjson(desk: Desk, options: ExportOptions = {}): string {
  const readKeys = options.readKeys ?? null;
  const sourceOf = sourcesByKey(desk);
  const lines = [
    ...desk.sources.map((source) => ({ type: 'source', ...sourceJson(source) })),
    ...desk.updates.map((update) => ({ type: 'update', ...updateOut(update, readKeys) })),
    ...desk.reactions.map((reaction) => ({ type: 'reaction', ...reactionOut(reaction, sourceOf) })),
  ];
  // Control characters and U+2028/2029 are written as escapes, so every record stays on one line.
  return lines.map((line) => `${terminalSafeJson(line)}\n`).join('');
}
