// Rows as SQLite returns them, and their model objects. Kept apart so the
// stores read as queries, not as field-by-field copying.
import { SOURCE_KINDS, type Reaction, type ReactionKind, type Source, type SourceKind, type Update } from '../model.js';

export interface SourceRow {
  id: string;
  title: string;
  tag: string;
  kind: string | null;
  location: string;
  error: string | null;
  summary: string | null;
}

export interface UpdateRow {
  key: string;
  source_id: string;
  id: string;
  time: number | null;
  time_text: string | null;
  title: string;
  body: string;
  link: string | null;
  author: string | null;
  /** A JSON array of addresses; absent in versions and in archives read before it was kept. */
  links?: string | null;
}

export interface ReactionRow {
  id: string;
  update_key: string;
  update_id: string;
  actor: string | null;
  role: string | null;
  kind: string;
  text: string;
  stance: string | null;
  time: number | null;
}

// Read back against the model's own list, so a new kind is never read back as unknown.
const KNOWN_KINDS: ReadonlySet<string> = new Set<SourceKind>(SOURCE_KINDS);

export function sourceFromRow(row: SourceRow): Source {
  const kind = row.kind !== null && KNOWN_KINDS.has(row.kind) ? (row.kind as SourceKind) : null;
  return { id: row.id, title: row.title, tag: row.tag, kind, location: row.location, error: row.error, summary: row.summary };
}

/** An update's links as the archive keeps them: JSON, or NULL for none. */
export function linksColumn(update: Update): string | null {
  return update.links === undefined || update.links.length === 0 ? null : JSON.stringify(update.links);
}

function linksOf(row: UpdateRow): string[] {
  if (row.links === undefined || row.links === null) return [];
  try {
    const parsed: unknown = JSON.parse(row.links);
    return Array.isArray(parsed) ? parsed.filter((link): link is string => typeof link === 'string') : [];
  } catch {
    return [];
  }
}

export function updateFromRow(row: UpdateRow): Update {
  const links = linksOf(row);
  const update: Update = {
    id: row.id,
    key: row.key,
    sourceId: row.source_id,
    time: row.time,
    timeText: row.time_text,
    title: row.title,
    body: row.body,
    link: row.link,
    author: row.author,
  };
  if (links.length > 0) update.links = links;
  return update;
}

export function reactionFromRow(row: ReactionRow): Reaction {
  return {
    id: row.id,
    updateId: row.update_id,
    updateKey: row.update_key,
    actor: row.actor,
    role: row.role,
    kind: (row.kind === 'statement' ? 'statement' : 'quote') satisfies ReactionKind,
    text: row.text,
    stance: row.stance,
    time: row.time,
  };
}

/** An edit is a change a reader would see; a re-stated time alone is not one. */
export function isEdit(before: Update, after: Update): boolean {
  return before.title !== after.title || before.body !== after.body || before.link !== after.link || before.author !== after.author;
}
