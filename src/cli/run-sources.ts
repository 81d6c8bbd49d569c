// `livedesk sources`: what the archive holds, one source per row. Pure over the
// archive's list; titles come from feeds, so they are sanitised before printing.
import stringWidth from 'string-width';
import type { ArchivedSource } from '../archive/archive.js';
import { sanitizeLine, terminalSafeJson } from '../text/sanitize-for-terminal.js';
import { truncateLine } from '../text/wrap-text.js';

const TITLE_WIDTH = 40;

/** ISO 8601 to the second: milliseconds are noise in a table. */
function isoSeconds(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

function healthText(entry: ArchivedSource): string {
  if (entry.health === 'never-fetched') return 'never fetched';
  if (entry.health === 'ok') return 'ok';
  return entry.lastStatus === null ? 'failing' : `failing (HTTP ${entry.lastStatus})`;
}

function padCell(text: string, width: number, right: boolean): string {
  const gap = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? gap + text : text + gap;
}

export function sourcesTable(entries: readonly ArchivedSource[], archivePath: string): string {
  if (entries.length === 0) return `The archive at ${sanitizeLine(archivePath)} holds no sources yet.\n`;
  const header = ['TITLE', 'KIND', 'UPDATES', 'UNREAD', 'REACTIONS', 'LAST FETCH', 'HEALTH', 'LOCATION'];
  const numeric = new Set([2, 3, 4]);
  const rows = entries.map((entry) => [
    truncateLine(sanitizeLine(entry.source.title) || '(untitled)', TITLE_WIDTH),
    entry.source.kind ?? '?',
    String(entry.updates),
    String(entry.unread),
    String(entry.reactions),
    isoSeconds(entry.lastFetchAt) ?? 'never',
    healthText(entry),
    sanitizeLine(entry.source.location),
  ]);
  const widths = header.map((title, column) => Math.max(stringWidth(title), ...rows.map((row) => stringWidth(row[column] ?? ''))));
  // LOCATION is last and unpadded: a long URL then never pushes the other columns apart.
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : padCell(cell, widths[column] ?? 0, numeric.has(column)))).join('  ');
  const failures = entries
    .filter((entry) => entry.health === 'failing' && entry.lastError !== null)
    .map((entry) => `  ${sanitizeLine(entry.source.location)}: ${sanitizeLine(entry.lastError ?? '')}`);
  const notes = failures.length > 0 ? ['', 'Last errors:', ...failures] : [];
  return [line(header), ...rows.map(line), ...notes].join('\n') + '\n';
}

export function sourcesJson(entries: readonly ArchivedSource[]): string {
  const items = entries.map((entry) => ({
    id: entry.source.id,
    title: entry.source.title,
    kind: entry.source.kind,
    location: entry.source.location,
    updates: entry.updates,
    unread: entry.unread,
    reactions: entry.reactions,
    newestUpdate: isoSeconds(entry.newestUpdate),
    lastFetch: isoSeconds(entry.lastFetchAt),
    lastStatus: entry.lastStatus,
    lastError: entry.lastError,
    lastSuccess: isoSeconds(entry.lastSuccessAt),
    health: entry.health,
  }));
  return `${terminalSafeJson(items, 2)}\n`;
}
