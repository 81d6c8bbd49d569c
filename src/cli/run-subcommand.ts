// `livedesk export` and `livedesk sources`: commands that read the archive and
// exit. Everything outside the process comes through `io`, so tests run them
// in-process; every failure is a line on stderr and an exit code, never a stack.
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultArchivePath } from '../archive/archive-path.js';
import { corruptArchive } from '../archive/archive-errors.js';
import { isArchiveOpenError, openArchive, type Archive, type ArchiveOpenError } from '../archive/archive.js';
import { loadConfig } from '../config/load-config.js';
import { sanitizeForTerminal } from '../text/sanitize-for-terminal.js';
import { EXPORT_FORMATS, exportArchive, isExportFormat, parseSince } from './run-export.js';
import { sourcesJson, sourcesTable } from './run-sources.js';

export interface SubcommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now: () => number;
}

export const SUBCOMMANDS = ['export', 'sources'] as const;

const ARCHIVE_DEFAULT = 'The archive is --archive PATH, else `archive` in config.json, else\n$XDG_DATA_HOME/livedesk/archive.db (default ~/.local/share/livedesk/archive.db).';

export function exportHelpText(): string {
  return [
    'Usage: livedesk export [--format FORMAT] [--since TIME] [--archive PATH] [SOURCE …]',
    '',
    'Writes the archived timeline and its reactions to stdout, newest first.',
    'Each SOURCE is a location exactly as `livedesk sources` lists it; with none,',
    'every archived source is exported.',
    '',
    'Options:',
    '  --format FORMAT  json (the default), ndjson (one object per line), md (a',
    '                   shareable Markdown record), csv (one row per update), or',
    '                   opml (the sources alone, for another feed reader)',
    '  --since TIME     Only updates from TIME on: 2020-08-18T15:00Z, 2020-08-18',
    '                   (local time when no zone is given), or an age: 30m, 2h, 3d',
    '  --archive PATH   Read this archive file',
    '  -h, --help       Show this help',
    '',
    ARCHIVE_DEFAULT,
    '',
    'Examples:',
    '  livedesk export --format md --since 6h > record.md',
    '  livedesk export --format ndjson https://example.org/live.rss | jq \'select(.type == "reaction")\'',
  ].join('\n');
}

export function sourcesHelpText(): string {
  return [
    'Usage: livedesk sources [--json] [--archive PATH]',
    '',
    'Lists the archived sources: title, kind, updates, unread, reactions, last fetch',
    "and health (ok, failing, never fetched), with each failing source's last error.",
    '',
    'Options:',
    '  --json          Print a JSON array instead of a table',
    '  --archive PATH  Read this archive file',
    '  -h, --help      Show this help',
    '',
    ARCHIVE_DEFAULT,
  ].join('\n');
}

/** Which archive file to read: the flag, then the config file, then the XDG default. */
function archivePath(flag: string | undefined, io: SubcommandIo): { path: string } | { message: string } {
  if (flag !== undefined) return { path: flag };
  const loaded = loadConfig(io.env);
  if (loaded.error !== null) io.stderr(`livedesk: warning: ${loaded.error}\n`);
  if (loaded.config.archive === false) {
    return { message: `archiving is turned off in ${loaded.path ?? 'config.json'} ("archive": false), so there is nothing to read; give --archive PATH` };
  }
  if (loaded.config.archive !== undefined) return { path: loaded.config.archive };
  const path = defaultArchivePath(io.env);
  return path === null ? { message: 'no archive location: neither XDG_DATA_HOME nor HOME names a folder; give --archive PATH' } : { path };
}

function reportArchiveError(error: ArchiveOpenError, io: SubcommandIo): number {
  io.stderr(`livedesk: ${error.message}\nTo fix it, ${error.remedy}.\n`);
  return 1;
}

/** Opens an existing archive, or says in plain words why not. Opening never creates one here. */
function withArchive(flag: string | undefined, io: SubcommandIo, use: (archive: Archive) => number): number {
  const where = archivePath(flag, io);
  if ('message' in where) {
    io.stderr(`livedesk: ${where.message}\n`);
    return 1;
  }
  if (!existsSync(where.path)) {
    io.stderr(`livedesk: no archive at ${where.path} yet: run livedesk on a source first (or give --archive PATH)\n`);
    return 1;
  }
  const archive = openArchive(where.path);
  if (isArchiveOpenError(archive)) return reportArchiveError(archive, io);
  try {
    return use(archive);
  } catch (error) {
    // A file can open cleanly and still hold damaged pages that only a read finds.
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const reason = error instanceof Error ? error.message : String(error);
    if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return reportArchiveError(corruptArchive(where.path, reason), io);
    io.stderr(`livedesk: reading the archive at ${where.path} failed: ${reason}\n`);
    return 1;
  } finally {
    archive.close();
  }
}

type Parsed<V> = { ok: true; values: V; positionals: string[] } | { ok: false; message: string };

function parseFlags<V>(argv: readonly string[], options: ParseArgsConfig['options'], positionals: boolean): Parsed<V> {
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: positionals, strict: true });
    return { ok: true, values: parsed.values as V, positionals: parsed.positionals };
  } catch (error) {
    return { ok: false, message: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'invalid arguments' };
  }
}

function usageError(command: string, message: string, io: SubcommandIo): number {
  io.stderr(`livedesk ${command}: ${message}\nTry 'livedesk ${command} --help'.\n`);
  return 2;
}

interface ExportFlags {
  format?: string;
  since?: string;
  archive?: string;
  help?: boolean;
}

function runExportCommand(argv: readonly string[], io: SubcommandIo): number {
  const parsed = parseFlags<ExportFlags>(
    argv,
    { format: { type: 'string' }, since: { type: 'string' }, archive: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (!parsed.ok) return usageError('export', parsed.message, io);
  const { values } = parsed;
  if (values.help === true) {
    io.stdout(`${exportHelpText()}\n`);
    return 0;
  }
  const formatName = (values.format ?? 'json').toLowerCase();
  const format = formatName === 'markdown' ? 'md' : formatName;
  if (!isExportFormat(format)) return usageError('export', `--format takes ${EXPORT_FORMATS.join(', ')}, not '${values.format}'`, io);
  const since = values.since === undefined ? null : parseSince(values.since, io.now());
  if (since === null && values.since !== undefined) {
    return usageError('export', `--since takes a time like 2020-08-18T15:00Z or 2020-08-18, or an age like 2h, 30m or 3d, not '${values.since}'`, io);
  }
  return withArchive(values.archive, io, (archive) => {
    const result = exportArchive(archive, { format, sources: parsed.positionals, since });
    if (!result.ok) {
      io.stderr(`livedesk: ${result.message}\n`);
      return 1;
    }
    io.stdout(result.text);
    return 0;
  });
}

interface SourcesFlags {
  json?: boolean;
  archive?: string;
  help?: boolean;
}

function runSourcesCommand(argv: readonly string[], io: SubcommandIo): number {
  const parsed = parseFlags<SourcesFlags>(
    argv,
    { json: { type: 'boolean' }, archive: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    false,
  );
  if (!parsed.ok) return usageError('sources', parsed.message, io);
  if (parsed.values.help === true) {
    io.stdout(`${sourcesHelpText()}\n`);
    return 0;
  }
  return withArchive(parsed.values.archive, io, (archive) => {
    const entries = archive.listSources();
    io.stdout(parsed.values.json === true ? sourcesJson(entries) : sourcesTable(entries, archive.path));
    return 0;
  });
}

/** Null when argv[0] names no subcommand: the caller then runs the desk as usual. */
export async function runSubcommand(argv: readonly string[], given: SubcommandIo): Promise<number | null> {
  // Messages quote paths, source names and config text: each passes the sanitiser on its way out.
  const io: SubcommandIo = { ...given, stderr: (text) => given.stderr(sanitizeForTerminal(text)) };
  const [command, ...rest] = argv;
  if (command === 'export') return runExportCommand(rest, io);
  if (command === 'sources') return runSourcesCommand(rest, io);
  return null;
}
