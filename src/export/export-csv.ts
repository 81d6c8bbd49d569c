// CSV export: one row per update, RFC 4180 (CRLF, quoted fields). Feed text is
// hostile, and a spreadsheet runs a cell that starts with = + - @ as a formula,
// so such cells are prefixed with a single quote.
import { isoTime } from '../headless/desk-json.js';
import type { Desk } from '../desk/desk.js';
import type { ExportOptions } from './export-json.js';
import { sanitizeForTerminal } from '../text/sanitize-for-terminal.js';

const HEADER = ['source', 'source_title', 'id', 'time', 'time_text', 'title', 'body', 'link', 'author', 'reactions'];

// Behind whitespace too: some spreadsheets skip it before looking for the formula sign.
const FORMULA_START = /^\s*[=+\-@]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  // A source id is the file's path as the system gives it; every cell is shown by something.
  let text = typeof value === 'string' ? sanitizeForTerminal(value) : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

function csvRow(cells: ReadonlyArray<string | number | boolean | null>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function toCsv(desk: Desk, options: ExportOptions = {}): string {
  const readKeys = options.readKeys ?? null;
  const titles = new Map(desk.sources.map((source) => [source.id, source.title]));
  const reactionCounts = new Map<string, number>();
  for (const r of desk.reactions) reactionCounts.set(r.updateKey, (reactionCounts.get(r.updateKey) ?? 0) + 1);
  const header = readKeys === null ? HEADER : [...HEADER, 'read'];
  const rows = desk.updates.map((u) => {
    const cells = [
      u.sourceId,
      titles.get(u.sourceId) ?? null,
      u.id,
      isoTime(u.time),
      u.timeText,
      u.title,
      u.body,
      u.link,
      u.author,
      reactionCounts.get(u.key) ?? 0,
    ];
    return csvRow(readKeys === null ? cells : [...cells, readKeys.has(u.key)]);
  });
  return csvRow(header) + rows.join('');
}
