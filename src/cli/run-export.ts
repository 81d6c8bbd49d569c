// `livedesk export`: the archived timeline in one of the export formats. Pure
// over an open archive, so it is tested without a process or a terminal.
import type { Archive } from '../archive/archive.js';
import { sourceIdFor } from '../sources/source-identity.js';
import { toCsv } from '../export/export-csv.js';
import { toJson, toNdjson } from '../export/export-json.js';
import { toMarkdown } from '../export/export-markdown.js';
import { toOpml } from '../export/opml.js';

export const EXPORT_FORMATS = ['json', 'ndjson', 'md', 'csv', 'opml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(text: string): text is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(text);
}

export interface ExportRequest {
  format: ExportFormat;
  /** SOURCE arguments: ids or locations, matched exactly; empty = every source. */
  sources: readonly string[];
  /** ms since the epoch, or null for the whole archive. */
  since: number | null;
}

export type ExportResult = { ok: true; text: string } | { ok: false; message: string };

const AGE_UNIT_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

// 2020-08-18, 2020-08-18T15:00, 2020-08-18 15:00:30.5, each optionally with Z or ±HH[:]MM.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/iu;

function parseIso(text: string): number | null {
  const m = ISO.exec(text);
  if (m === null) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  const zone = m[8];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  // Without a zone the reader means their own clock, for a date alone too
  // (unlike Date.parse, which takes a bare date as UTC midnight).
  const local = new Date(year, month - 1, day, hour, minute, second, ms);
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  const check = zone === undefined ? local.getDate() : utc.getUTCDate();
  if (check !== day) return null; // 2020-02-31 rolls into March: refuse it.
  if (zone === undefined) return local.getTime();
  if (zone.toUpperCase() === 'Z') return utc.getTime();
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMs = sign * (Number(digits.slice(0, 2)) * 3_600_000 + Number(digits.slice(2)) * 60_000);
  return utc.getTime() - offsetMs;
}

/** ISO 8601 date or date-time, or an age before `now` ("2h", "30m", "3d"); null when neither. */
export function parseSince(text: string, now: number): number | null {
  const age = /^\s*(\d+(?:\.\d+)?)\s*(s|min|m|h|d|w)\s*$/iu.exec(text);
  if (age !== null) return now - Math.round(Number(age[1]) * (AGE_UNIT_MS[(age[2] ?? '').toLowerCase()] ?? 0));
  return parseIso(text.trim());
}

/**
 * Maps SOURCE arguments to archived source ids: an id, a location, or any spelling
 * of the same file or URL. Unknown names are an error, never an empty export.
 */
export function matchSources(archive: Archive, wanted: readonly string[]): { ids: string[] | null; unknown: string[] } {
  if (wanted.length === 0) return { ids: null, unknown: [] };
  const known = archive.listSources().map((entry) => entry.source);
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of wanted) {
    const identity = sourceIdFor(name);
    const found = known.find((source) => source.id === name || source.location === name || source.id === identity);
    if (found === undefined) unknown.push(name);
    else if (!ids.includes(found.id)) ids.push(found.id);
  }
  return { ids, unknown };
}

export function unknownSources(path: string, unknown: readonly string[]): string {
  return `the archive at ${path} holds no source ${unknown.map((name) => `'${name}'`).join(', ')}; 'livedesk sources' lists the ones it has`;
}

export function exportArchive(archive: Archive, request: ExportRequest): ExportResult {
  const { ids, unknown } = matchSources(archive, request.sources);
  if (unknown.length > 0) {
    return {
      ok: false,
      message: unknownSources(archive.path, unknown),
    };
  }
  const desk = archive.loadDesk(ids, request.since);
  switch (request.format) {
    case 'json':
      return { ok: true, text: toJson(desk, { readKeys: archive.readKeys() }) };
    case 'ndjson':
      return { ok: true, text: toNdjson(desk, { readKeys: archive.readKeys() }) };
    case 'csv':
      return { ok: true, text: toCsv(desk, { readKeys: archive.readKeys() }) };
    case 'md':
      return { ok: true, text: toMarkdown(desk) };
    case 'opml':
      return { ok: true, text: toOpml(desk.sources.map((source) => ({ location: source.location, title: source.title }))) };
  }
}
