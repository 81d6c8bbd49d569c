// Which archive a subcommand reads, and opening it with every failure said in
// plain words: a missing file, a foreign or newer one, damaged pages.
import { existsSync } from 'node:fs';
import { defaultArchivePath } from '../archive/archive-path.js';
import { damagedArchive, isDamage } from '../archive/archive-errors.js';
import { isArchiveOpenError, openArchive, type Archive, type ArchiveOpenError } from '../archive/archive.js';
import { loadConfig } from '../config/load-config.js';
import type { SubcommandIo } from './subcommand-io.js';

export const ARCHIVE_DEFAULT =
  'The archive is --archive PATH, else `archive` in config.json, else\n$XDG_DATA_HOME/livedesk/archive.db (default ~/.local/share/livedesk/archive.db).';

/** Which archive file to read: the flag, then the config file, then the XDG default. */
export function archivePath(flag: string | undefined, io: SubcommandIo): { path: string } | { message: string } {
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

export function reportArchiveError(error: ArchiveOpenError, io: SubcommandIo): number {
  io.stderr(`livedesk: ${error.message}\nTo fix it, ${error.remedy}.\n`);
  return 1;
}

/** The archive a subcommand names, when there is one there; a message (and exit 1) when not. */
export function existingArchive(flag: string | undefined, io: SubcommandIo): { path: string } | { code: number } {
  const where = archivePath(flag, io);
  if ('message' in where) {
    io.stderr(`livedesk: ${where.message}\n`);
    return { code: 1 };
  }
  if (!existsSync(where.path)) {
    io.stderr(`livedesk: no archive at ${where.path} yet: run livedesk on a source first (or give --archive PATH)\n`);
    return { code: 1 };
  }
  return where;
}

/** Opens an existing archive, or says in plain words why not. Opening never creates one here. */
export function withArchive(flag: string | undefined, io: SubcommandIo, use: (archive: Archive) => number): number {
  const where = existingArchive(flag, io);
  if ('code' in where) return where.code;
  const archive = openArchive(where.path);
  if (isArchiveOpenError(archive)) return reportArchiveError(archive, io);
  if (archive.damaged !== null) io.stderr(`livedesk: warning: ${damagedArchive(where.path, archive.damaged).message}; what follows is what could be read\n`);
  try {
    return use(archive);
  } catch (error) {
    // A file can open cleanly and still hold damaged pages that only a read finds.
    const reason = error instanceof Error ? error.message : String(error);
    if (isDamage(error)) return reportArchiveError(damagedArchive(where.path, reason), io);
    io.stderr(`livedesk: reading the archive at ${where.path} failed: ${reason}\n`);
    return 1;
  } finally {
    archive.close();
  }
}
