// Turns whatever was thrown into one line a person can act on: no stack traces,
// and never raw feed text that could carry control sequences.
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { addressMeant } from './location.js';

const FILE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a feed',
  EMFILE: 'too many open files',
};

/** A path that names nothing; when it reads as an address typed without http://, it says so. */
export function noSuchFile(location: string): string {
  const meant = addressMeant(location);
  return sanitizeLine(`${location}: no such file${meant === null ? '' : `; did you mean ${meant}?`}`);
}

export function describeError(error: unknown, location: string): string {
  // A downloaded file's name is as hostile as its content: it may hold ESC or newlines.
  const where = sanitizeLine(location);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return noSuchFile(location);
  if (typeof code === 'string' && code in FILE_ERRORS) {
    return `${where}: ${FILE_ERRORS[code]}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = sanitizeLine(message.split('\n')[0] ?? '').slice(0, 200);
  return `${where}: ${firstLine || 'could not be read'}`;
}
