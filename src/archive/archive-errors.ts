// Opening an archive fails as a value, in plain words, with a way forward: the
// CLI prints it and exits (or carries on with --no-archive); it never shows a stack.

/** How long a write waits for another livedesk process's write before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

export type ArchiveOpenErrorKind = 'corrupt' | 'damaged' | 'newer-version' | 'unwritable';

export interface ArchiveOpenError {
  kind: ArchiveOpenErrorKind;
  /** What is wrong, naming the file. */
  message: string;
  /** What the reader can do about it. */
  remedy: string;
}

export function isArchiveOpenError(value: unknown): value is ArchiveOpenError {
  return typeof value === 'object' && value !== null && 'kind' in value && 'remedy' in value && 'message' in value;
}

const ELSEWHERE = 'or start with --archive OTHER_PATH, or with --no-archive to keep nothing';

export function corruptArchive(path: string, detail: string): ArchiveOpenError {
  return {
    kind: 'corrupt',
    message: `the archive at ${path} is not a livedesk database (${detail})`,
    remedy: `move it aside (for example: mv "${path}" "${path}.broken") and livedesk starts a new one, ${ELSEWHERE}`,
  };
}

/** What to run to copy a damaged archive's readable rows into a new file. */
export function recoverCommand(path: string): string {
  return `livedesk archive recover --archive ${path}`;
}

export function damagedArchive(path: string, detail: string): ArchiveOpenError {
  return {
    kind: 'damaged',
    message: `the archive at ${path} is damaged (${detail}), so livedesk writes nothing more into it`,
    remedy: `copy everything still readable into a new file with: ${recoverCommand(path)} (it says how to use the copy), ${ELSEWHERE}`,
  };
}

export function newerArchive(path: string, found: number, known: number): ArchiveOpenError {
  return {
    kind: 'newer-version',
    message: `the archive at ${path} was written by a newer livedesk (schema ${found}; this version knows up to ${known}), so it is left untouched`,
    remedy: `upgrade livedesk, ${ELSEWHERE}`,
  };
}

export function unwritableArchive(path: string, detail: string): ArchiveOpenError {
  return {
    kind: 'unwritable',
    message: `the archive at ${path} cannot be opened for writing (${detail})`,
    remedy: `check the permissions of the file and its folder and the free disk space, ${ELSEWHERE}`,
  };
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sorts an exception from opening into what the reader can do about it. */
export function classifyOpenFailure(path: string, error: unknown): ArchiveOpenError {
  const code = codeOf(error);
  const reason = reasonOf(error);
  if (code.startsWith('SQLITE_NOTADB')) return corruptArchive(path, reason);
  if (code.startsWith('SQLITE_CORRUPT')) return damagedArchive(path, reason);
  // Everything else that stops opening (read-only file or disk, missing folder
  // permission, disk full, another lock) leaves the file as it was.
  return unwritableArchive(path, reason);
}

/** SQLITE_CORRUPT and SQLITE_NOTADB: the file is damaged, and nothing more may be written into it. */
export function isDamage(error: unknown): boolean {
  const code = codeOf(error);
  return code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB');
}

/** Why a write failed, in plain words, and what the reader can do about it. */
export function whyWriteFailed(path: string, error: unknown): { reason: string; remedy: string } {
  const code = codeOf(error);
  const detail = code === '' ? reasonOf(error) : `${code}: ${reasonOf(error)}`;
  // EFBIG (a file size limit) and ENOSPC both stop the file growing, and both show as FULL or a failed write.
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC' || code === 'SQLITE_IOERR_TRUNCATE') {
    return { reason: `the disk is full or the file may not grow (${detail})`, remedy: 'free some disk space' };
  }
  if (code.startsWith('SQLITE_READONLY')) return { reason: `the file or its folder is read-only (${detail})`, remedy: 'make the archive writable' };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      reason: `another process has held its write lock for over ${BUSY_TIMEOUT_MS / 1000} s (${detail})`,
      remedy: 'let the other livedesk finish, or close it',
    };
  }
  if (isDamage(error)) {
    return { reason: `the file is damaged (${detail}), so livedesk writes nothing more into it`, remedy: `copy out what is readable with: ${recoverCommand(path)}` };
  }
  return { reason: detail, remedy: 'check the disk' };
}

/**
 * One line for a write that failed: which file, what could not be saved, why, and
 * that what is shown is complete all the same.
 */
export function describeWriteFailure(path: string, what: string, error: unknown): string {
  const { reason, remedy } = whyWriteFailed(path, error);
  return `the archive at ${path} could not ${what}: ${reason}; what is shown is complete, but not archived (${remedy}, or use --archive OTHER_PATH or --no-archive)`;
}

/** Why nothing will be written to an archive the check at open found damaged. */
export function damagedOnOpen(path: string, detail: string): string {
  return `the archive at ${path} is damaged (${detail}), so livedesk writes nothing more into it; what is shown is complete, but not archived (copy out what is readable with: ${recoverCommand(path)}, or use --archive OTHER_PATH or --no-archive)`;
}

/** Why nothing will be written to an archive opened read-only. */
export function readOnlyArchive(path: string, detail: string): string {
  return `the archive at ${path} is read-only (${detail}); what is shown is complete, but not archived (make the archive writable, or use --archive OTHER_PATH or --no-archive)`;
}
