// Full-text search over everything archived: every update's title and body and
// every reaction's actor, role and words, of every source, ranked by bm25. Reads
// only; the indexes are kept by triggers (migration 4). The dashboard opens a hit
// as it opens a timeline row, by its update key. Every string of a hit is safe to
// show: an archive written by an older build may hold text it never cleaned.
import type { BetterSqlite3 } from 'better-sqlite3';
import { sanitizeForTerminal, sanitizeLine } from '../text/sanitize-for-terminal.js';
import { parseSearch } from './search-query.js';

export interface SnippetPart {
  text: string;
  /** One of the words searched for. */
  match: boolean;
}

export interface SearchHit {
  updateKey: string;
  /** The source's own id for the update (its guid), unique only within the source. */
  updateId: string;
  sourceId: string;
  sourceTitle: string;
  sourceTag: string;
  time: number | null;
  timeText: string | null;
  title: string;
  link: string | null;
  /** A few words around the best match, on one line: from the body, or the reaction's words. */
  snippet: SnippetPart[];
  /** The reaction the best match was in; null when it was in the update's own title or body. */
  reaction: { id: string; actor: string | null } | null;
  /** bm25, higher is better; comparable only within one search. */
  score: number;
}

export type SearchOutcome =
  | { ok: true; hits: SearchHit[]; /** More updates match than the limit let through. */ more: boolean; terms: string[] }
  | { ok: false; message: string };

export interface SearchOptions {
  limit?: number;
}

export const DEFAULT_SEARCH_LIMIT = 20;

// Words in a title weigh more than the same words in a body; an actor's name more than a role.
const UPDATE_RANK = 'bm25(updates_search, 3.0, 1.0)';
const REACTION_RANK = 'bm25(reactions_search, 2.0, 1.0, 1.0)';
// Snippet marks: control characters, which stored text never holds (it is sanitised).
const OPEN = '\u0002';
const CLOSE = '\u0003';
const SNIPPET_TOKENS = 16;

interface Best {
  score: number;
  /** The reaction's seq when the best match was in a reaction. */
  reactionSeq: number | null;
  /** That reaction as read while ranking, so a hit does not read it again. */
  reaction: { id: string; actor: string | null } | null;
}

interface HitRow {
  seq: number;
  key: string;
  id: string;
  source_id: string;
  time: number | null;
  time_text: string | null;
  title: string;
  link: string | null;
  source_title: string | null;
  source_tag: string | null;
}

/** FTS5's marked snippet as parts, whitespace folded so a hit reads on one line. */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of marked.split(new RegExp(`[${OPEN}${CLOSE}]`, 'u')).entries()) {
    const text = sanitizeForTerminal(piece).replace(/\s+/gu, ' ');
    if (text === '') continue;
    const match = index % 2 === 1;
    const last = parts.at(-1);
    if (last !== undefined && last.match === match) last.text += text;
    else parts.push({ text, match });
  }
  if (parts[0] !== undefined) parts[0].text = parts[0].text.trimStart();
  const end = parts.at(-1);
  if (end !== undefined) end.text = end.text.trimEnd();
  return parts.filter((part) => part.text !== '');
}

export function searchStore(db: BetterSqlite3.Database) {
  const topUpdates = db.prepare<{ key: string; score: number }>(
    `SELECT u.key, h.score FROM (
       SELECT rowid AS seq, ${UPDATE_RANK} AS score FROM updates_search
       WHERE updates_search MATCH @expression ORDER BY score LIMIT @limit) h
     JOIN updates u ON u.seq = h.seq ORDER BY h.score`,
  );
  // Read in rank order until enough different updates are found: one update may have many.
  const rankedReactions = db.prepare<{ seq: number; score: number }>(
    `SELECT rowid AS seq, ${REACTION_RANK} AS score FROM reactions_search
     WHERE reactions_search MATCH @expression ORDER BY score`,
  );
  const reactionBySeq = db.prepare<{ id: string; update_key: string; actor: string | null }>(
    'SELECT id, update_key, actor FROM reactions WHERE seq = ?',
  );
  const hitRow = db.prepare<HitRow>(
    `SELECT u.seq, u.key, u.id, u.source_id, u.time, u.time_text, u.title, u.link, s.title AS source_title, s.tag AS source_tag
     FROM updates u LEFT JOIN sources s ON s.id = u.source_id WHERE u.key = ?`,
  );
  // The CAST matters: better-sqlite3 binds a number as a REAL, and FTS5 given MATCH and
  // rowid = REAL ignores the rowid and returns every match.
  const updateSnippet = db
    .prepare<string | null>(
      `SELECT snippet(updates_search, 1, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS}) FROM updates_search
       WHERE updates_search MATCH @expression AND rowid = CAST(@seq AS INTEGER)`,
    )
    .pluck();
  const reactionSnippet = db
    .prepare<string | null>(
      `SELECT snippet(reactions_search, 2, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS}) FROM reactions_search
       WHERE reactions_search MATCH @expression AND rowid = CAST(@seq AS INTEGER)`,
    )
    .pluck();

  function bestPerUpdate(expression: string, limit: number): Map<string, Best> {
    const best = new Map<string, Best>();
    for (const row of topUpdates.all({ expression, limit: limit + 1 })) best.set(row.key, { score: row.score, reactionSeq: null, reaction: null });
    const fromReactions = new Set<string>();
    for (const row of rankedReactions.iterate({ expression })) {
      const reaction = reactionBySeq.get(row.seq);
      if (reaction === undefined) continue;
      const key = reaction.update_key;
      if (!fromReactions.has(key)) {
        fromReactions.add(key);
        const known = best.get(key);
        // bm25 is negative: lower is better.
        if (known === undefined || row.score < known.score) best.set(key, { score: row.score, reactionSeq: row.seq, reaction: { id: reaction.id, actor: reaction.actor } });
      }
      if (fromReactions.size > limit) break;
    }
    return best;
  }

  function toHit(key: string, found: Best, expression: string): SearchHit | null {
    const row = hitRow.get(key);
    if (row === undefined) return null;
    let reaction: SearchHit['reaction'] = null;
    let marked: string | null;
    if (found.reactionSeq !== null) {
      const stored = found.reaction;
      reaction = stored === null ? null : { id: stored.id, actor: stored.actor === null ? null : sanitizeLine(stored.actor) };
      marked = reactionSnippet.get({ expression, seq: found.reactionSeq }) ?? null;
    } else {
      marked = updateSnippet.get({ expression, seq: row.seq }) ?? null;
    }
    return {
      updateKey: row.key,
      updateId: row.id,
      sourceId: row.source_id,
      sourceTitle: sanitizeLine(row.source_title ?? row.source_id),
      sourceTag: sanitizeLine(row.source_tag ?? row.source_id),
      time: row.time,
      timeText: row.time_text === null ? null : sanitizeLine(row.time_text),
      title: sanitizeLine(row.title),
      link: row.link,
      snippet: snippetParts(marked ?? ''),
      reaction,
      score: -found.score,
    };
  }

  return {
    /** Updates matching what a person typed (see search-query.ts), best first. */
    search(text: string, options: SearchOptions = {}): SearchOutcome {
      const parsed = parseSearch(text);
      if (!parsed.ok) return parsed;
      const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT));
      const { expression } = parsed;
      // One read transaction: the hits and their rows come from the same snapshot.
      return db.transaction((): SearchOutcome => {
        const best = bestPerUpdate(expression, limit);
        const ranked = [...best.entries()].sort(([, a], [, b]) => a.score - b.score);
        const hits: SearchHit[] = [];
        for (const [key, found] of ranked.slice(0, limit)) {
          const hit = toHit(key, found, expression);
          if (hit !== null) hits.push(hit);
        }
        return { ok: true, hits, more: ranked.length > limit, terms: parsed.terms };
      }).deferred();
    },
  };
}
