// Turns a parser's output into the model's updates: every string made safe for
// the terminal, every update given a stable id, duplicates folded, newest first.
import { createHash } from 'node:crypto';
import { compareNewestFirst } from '../desk/timeline-order.js';
import { updateKey } from '../desk/update-key.js';
import type { ParsedUpdate, Update } from '../model.js';
import { sanitizeForTerminal, sanitizeLine } from '../text/sanitize-for-terminal.js';
import { resolveLinks } from './resolve-links.js';

function hashId(parsed: ParsedUpdate): string {
  const when = parsed.time !== null ? String(parsed.time) : (parsed.timeText ?? '');
  return 'h-' + createHash('sha1').update(`${when}\n${parsed.title}`).digest('hex').slice(0, 16);
}

function optionalLine(value: string | null): string | null {
  if (value === null) return null;
  const clean = sanitizeLine(value);
  return clean === '' ? null : clean;
}

export function normaliseUpdate(sourceId: string, parsed: ParsedUpdate): Update {
  const id = optionalLine(parsed.id) ?? optionalLine(parsed.link) ?? hashId(parsed);
  const link = optionalLine(parsed.link);
  const links = resolveLinks(parsed.links, link);
  const update: Update = {
    id,
    key: updateKey(sourceId, id),
    sourceId,
    time: parsed.time !== null && Number.isFinite(parsed.time) ? parsed.time : null,
    timeText: optionalLine(parsed.timeText),
    title: sanitizeLine(parsed.title),
    body: sanitizeForTerminal(parsed.body).trim(),
    link,
    author: optionalLine(parsed.author),
  };
  // Absent rather than empty: most updates link nowhere, and the desk holds thousands.
  if (links.length > 0) update.links = links;
  return update;
}

/** The same id twice is one update: feeds list newest first, so the first one wins. */
export function normaliseUpdates(sourceId: string, parsed: readonly ParsedUpdate[]): Update[] {
  const byKey = new Map<string, Update>();
  for (const item of parsed) {
    const update = normaliseUpdate(sourceId, item);
    if (!byKey.has(update.key)) byKey.set(update.key, update);
  }
  // Array.prototype.sort is stable, so same-time updates keep document order.
  return [...byKey.values()].sort(compareNewestFirst);
}
