// `livedesk archive recover`: copies everything still readable out of a damaged
// archive into a new file, and says what was lost and how to use the copy.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isArchiveOpenError } from '../archive/archive.js';
import { recoverArchive, type RecoverReport } from '../archive/recover-archive.js';
import { ARCHIVE_DEFAULT, existingArchive, reportArchiveError } from './archive-for-command.js';
import { parseFlags, usageError, type SubcommandIo } from './subcommand-io.js';

export function archiveHelpText(): string {
  return [
    'Usage: livedesk archive recover [--archive PATH] [--into NEW_PATH]',
    '',
    'Copies everything still readable out of a damaged archive into a new file:',
    'each table is read row by row, stepping over damaged pages. The damaged file',
    'is only read. The copy is ARCHIVE.recovered.db beside it unless --into names',
    'another file; an existing file is never written over.',
    '',
    'Options:',
    '  --archive PATH     The damaged archive',
    '  --into NEW_PATH    Where to write the copy',
    '  -h, --help         Show this help',
    '',
    ARCHIVE_DEFAULT,
  ].join('\n');
}

/** `archive.db` → `archive.recovered.db`, then `-2`, `-3` … while those exist. */
function besideIt(path: string): string {
  const stem = basename(path).replace(/\.(db|sqlite3?)$/iu, '');
  for (let n = 1; ; n += 1) {
    const candidate = join(dirname(path), `${stem}.recovered${n === 1 ? '' : `-${n}`}.db`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** A path as one shell word: plain when it can be, else in single quotes. */
function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/u.test(text) ? text : `'${text.replace(/'/gu, `'\\''`)}'`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const NAMES: Readonly<Record<string, [string, string]>> = {
  sources: ['source', 'sources'],
  updates: ['update', 'updates'],
  update_versions: ['earlier version', 'earlier versions'],
  reactions: ['reaction', 'reactions'],
  read_state: ['read mark', 'read marks'],
  validators: ['set of validators', 'sets of validators'],
  fetches: ['fetch record', 'fetch records'],
};

export function describeRecovery(report: RecoverReport): string {
  const copied = Object.entries(report.copied).map(([table, n]) => count(n, ...(NAMES[table] ?? [table, table])));
  const lost = report.skipped.map((part) => {
    if (part.after === null && part.resumedAt === null) return `all of ${part.table}`;
    const from = part.after === null ? 'its start' : `row ${part.after}`;
    const to = part.resumedAt === null ? 'its end' : `row ${part.resumedAt}`;
    return `a damaged part of ${part.table} (the rows between ${from} and ${to})`;
  });
  if (report.orphansDropped > 0) lost.push(`${count(report.orphansDropped, 'reaction, read mark or earlier version', 'reactions, read marks or earlier versions')} whose update was lost`);
  if (report.placeholders > 0) {
    lost.push(`the titles of ${count(report.placeholders, 'source')}, whose updates are kept under the source's path or URL (the next run on it fills the title in)`);
  }
  const moves = [report.from, `${report.from}-wal`, `${report.from}-shm`]
    .filter((file) => existsSync(file))
    .map((file) => `  mv ${shellWord(file)} ${shellWord(file.replace(/(-wal|-shm)?$/u, '.damaged$1'))}`);
  return [
    `Copied what was readable from ${report.from} into ${report.into}:`,
    `  ${copied.join(', ')}`,
    lost.length === 0 ? '  Nothing unreadable was met.' : `  Lost: ${lost.join('; ')}.`,
    'The damaged file is unchanged. To use the copy, give it to livedesk:',
    `  livedesk --archive ${shellWord(report.into)} SOURCE …   (or set "archive" in config.json)`,
    'or, with every livedesk closed, put it in the damaged file\u2019s place:',
    ...moves,
    `  mv ${shellWord(report.into)} ${shellWord(report.from)}`,
    '',
  ].join('\n');
}

interface RecoverFlags {
  archive?: string;
  into?: string;
  help?: boolean;
}

export function runArchiveCommand(argv: readonly string[], io: SubcommandIo): number {
  const [action, ...rest] = argv;
  if (action === '--help' || action === '-h') {
    io.stdout(`${archiveHelpText()}\n`);
    return 0;
  }
  if (action !== 'recover') {
    return usageError('archive', action === undefined ? 'say what to do: recover' : `'${action}' is not an archive command; the one there is: recover`, io);
  }
  const parsed = parseFlags<RecoverFlags>(rest, { archive: { type: 'string' }, into: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, false, 'archive recover');
  if (!parsed.ok) return usageError('archive recover', parsed.message, io, parsed.seeHelp);
  if (parsed.values.help === true) {
    io.stdout(`${archiveHelpText()}\n`);
    return 0;
  }
  const where = existingArchive(parsed.values.archive, io);
  if ('code' in where) return where.code;
  const report = recoverArchive(where.path, parsed.values.into ?? besideIt(where.path));
  if (isArchiveOpenError(report)) return reportArchiveError(report, io);
  io.stdout(describeRecovery(report));
  return 0;
}
