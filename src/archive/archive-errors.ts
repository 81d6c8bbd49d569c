// Opening an archive fails as a value, in plain words, with a way forward: the
// CLI prints it and exits (or carries on with --no-archive); it never shows a stack.

export type ArchiveOpenErrorKind = 'corrupt' | 'newer-version' | 'unwritable';

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
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return corruptArchive(path, reason);
  // Everything else that stops opening (read-only file or disk, missing folder
  // permission, disk full, another lock) leaves the file as it was.
  return unwritableArchive(path, reason);
}
