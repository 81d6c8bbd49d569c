// `livedesk export`, `sources`, `search` and `archive`: commands that work
// on the archive and exit. Everything outside the process comes through `io`, so tests run them
// in-process; every failure is a line on stderr and an exit code, never a stack.
import { sanitizeForTerminal } from '../text/sanitize-for-terminal.js';
import { ARCHIVE_DEFAULT, withArchive } from './archive-for-command.js';
import { runArchiveCommand } from './run-archive-command.js';
import { runSearchCommand } from './run-search.js';
import { whyWriteFailed } from '../archive/archive-errors.js';
import { EXPORT_FORMATS, exportArchive, isExportFormat, matchSources, parseSince, unknownSources } from './run-export.js';
import { sourcesJson, sourcesTable } from './run-sources.js';
import { parseFlags, usageError, type SubcommandIo } from './subcommand-io.js';

export type { SubcommandIo } from './subcommand-io.js';

export const SUBCOMMANDS = ['export', 'sources', 'search', 'archive'] as const;

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
    '       livedesk sources remove [--archive PATH] SOURCE …',
    '',
    'Lists the archived sources: title, kind, updates, unread, reactions, last fetch',
    "and health (ok, failing, never fetched), with each failing source's last error.",
    '`remove` drops each SOURCE (a file by any path to it, or a URL) and everything',
    'archived of it: updates, earlier versions, reactions, read state, poll history.',
    '',
    'Options:',
    '  --json          Print a JSON array instead of a table',
    '  --archive PATH  Read this archive file',
    '  -h, --help      Show this help',
    '',
    ARCHIVE_DEFAULT,
  ].join('\n');
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
    'export',
  );
  if (!parsed.ok) return usageError('export', parsed.message, io, parsed.seeHelp);
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

function runRemoveCommand(argv: readonly string[], io: SubcommandIo): number {
  const parsed = parseFlags<SourcesFlags>(argv, { archive: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true, 'sources remove');
  if (!parsed.ok) return usageError('sources remove', parsed.message, io, parsed.seeHelp);
  if (parsed.values.help === true) {
    io.stdout(`${sourcesHelpText()}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0) return usageError('sources remove', 'name the SOURCE to remove', io);
  return withArchive(parsed.values.archive, io, (archive) => {
    const { ids, unknown } = matchSources(archive, parsed.positionals);
    // All or nothing: a mistyped name removes none of the others either.
    if (unknown.length > 0) {
      io.stderr(`livedesk: ${unknownSources(archive.path, unknown)}\n`);
      return 1;
    }
    const blocked = archive.damaged ?? archive.readOnly;
    if (blocked !== null) {
      io.stderr(`livedesk: nothing was removed: the archive at ${archive.path} ${archive.damaged !== null ? 'is damaged' : 'is read-only'} (${blocked})\n`);
      return 1;
    }
    for (const id of ids ?? []) {
      try {
        const removed = archive.removeSource(id);
        if (removed !== null) io.stdout(`Removed ${id} (${removed.updates} updates, ${removed.reactions} reactions) from the archive at ${archive.path}.\n`);
      } catch (error) {
        const { reason, remedy } = whyWriteFailed(archive.path, error);
        io.stderr(`livedesk: the archive at ${archive.path} could not remove ${id}: ${reason} (${remedy})\n`);
        return 1;
      }
    }
    return 0;
  });
}

function runSourcesCommand(argv: readonly string[], io: SubcommandIo): number {
  if (argv[0] === 'remove') return runRemoveCommand(argv.slice(1), io);
  const parsed = parseFlags<SourcesFlags>(
    argv,
    { json: { type: 'boolean' }, archive: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    false,
    'sources',
  );
  if (!parsed.ok) return usageError('sources', parsed.message, io, parsed.seeHelp);
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
  if (command === 'search') return runSearchCommand(rest, io);
  if (command === 'archive') return runArchiveCommand(rest, io);
  return null;
}
