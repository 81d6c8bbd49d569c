// The limits every source is read under, a download or a local file alike:
// --max-size and --timeout.

export interface ReadLimits {
  /** Cap on the bytes read (and, for a download, on the bytes after decompression). */
  maxBytes: number;
  /** One deadline for the whole read. */
  timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/**
 * The most --max-size may allow. A document becomes one string, and V8 stops a string
 * at about 512 M characters by aborting the whole process; half of that keeps a
 * decoded feed, and the copies parsing makes of it, well clear.
 */
export const MAX_SIZE_CEILING = 256 * 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = { maxBytes: DEFAULT_MAX_BYTES, timeoutMs: DEFAULT_TIMEOUT_MS };
