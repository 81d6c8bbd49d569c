// V8's code cache for the bundled app: what V8 compiled in one run, handed back to it in
// the next, so a start deserialises bytecode instead of parsing and compiling the bundle.
// Kept in the XDG cache folder, one file per build, Node version and start path. The file
// is read only after its own checksum matches: V8 checks a cache's header and length but,
// in release builds, not its contents, and a flipped byte it accepts is wrong bytecode.
// Every failure (no folder, a corrupt or foreign file, a full disk) means "no cache".
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const MAGIC = Buffer.from('LDV8CC01');
const DIGEST_BYTES = 4;
const HEADER_BYTES = MAGIC.length + DIGEST_BYTES;
/** Larger than any real cache (a few MB): a bigger file is not ours, and is not read. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
const SUFFIX = '.v8cache';

/**
 * `$XDG_CACHE_HOME/livedesk`, or `~/.cache/livedesk`; null when neither can be named.
 * The XDG rule: a relative XDG_CACHE_HOME is ignored.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv): string | null {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && path.isAbsolute(xdg)) return path.join(xdg, 'livedesk');
  const home = env.HOME;
  if (home !== undefined && path.isAbsolute(home)) return path.join(home, '.cache', 'livedesk');
  return null;
}

export interface CacheKey {
  /** The bundle's name (cli, or another launched bundle). */
  name: string;
  /** A digest of the bundle, fixed at build time: a new build never reads an old cache. */
  build: string;
  /** Which part of the app a run compiles, so a short run's cache does not stand in for a long one's. */
  startPath: string;
}

/** The cache's file name: V8's bytecode is only good for the Node (and so the V8) that wrote it. */
export function codeCacheFile(folder: string, key: CacheKey, node = process.version, arch = process.arch): string {
  return path.join(folder, `${key.name}-${key.build}-node${node.replace(/^v/, '')}-${arch}-${key.startPath}${SUFFIX}`);
}

// CRC-32 catches a torn or flipped file at a tenth of the start-up cost of loading node:crypto;
// the cache guards against accidents, and whoever can write it can write the app too.
// zlib.crc32 is Node 20.15 and later: before that, there is no cache.
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
export const codeCacheSupported = typeof crc32 === 'function';

function digest(payload: Uint8Array): Buffer {
  const sum = Buffer.alloc(DIGEST_BYTES);
  sum.writeUInt32BE(crc32!(payload));
  return sum;
}

export type CacheRead = { data: Buffer } | { data: null; why: 'missing' | 'unreadable' | 'corrupt' };

/** The cached data in `file`, or why there is none. Never throws. */
export function readCodeCache(file: string): CacheRead {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return { data: null, why: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size <= HEADER_BYTES || info.size > MAX_CACHE_BYTES) return { data: null, why: 'corrupt' };
    const bytes = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < bytes.length) {
      const got = readSync(fd, bytes, read, bytes.length - read, read);
      if (got === 0) return { data: null, why: 'corrupt' };
      read += got;
    }
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { data: null, why: 'corrupt' };
    const payload = bytes.subarray(HEADER_BYTES);
    if (!digest(payload).equals(bytes.subarray(MAGIC.length, HEADER_BYTES))) return { data: null, why: 'corrupt' };
    return { data: payload };
  } catch {
    return { data: null, why: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the cache whole or not at all (a temporary file renamed into place, so a reader
 * never sees half of one). Returns why it could not, or null.
 */
export function writeCodeCache(file: string, data: Uint8Array): string | null {
  const folder = path.dirname(file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, Buffer.concat([MAGIC, digest(data), data]), { mode: 0o600 });
    renameSync(temporary, file);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written where nothing can be removed.
    }
    return error instanceof Error ? error.message : String(error);
  }
  return null;
}

/** Removes the caches this bundle's other builds and other Node versions left in `folder`. */
export function removeStaleCaches(folder: string, key: CacheKey, node = process.version, arch = process.arch): void {
  const current = path.basename(codeCacheFile(folder, { ...key, startPath: '' }, node, arch)).slice(0, -SUFFIX.length);
  try {
    for (const entry of readdirSync(folder)) {
      const ours = entry.startsWith(`${key.name}-`) && entry.endsWith(SUFFIX);
      if (ours && !entry.startsWith(current)) rmSync(path.join(folder, entry), { force: true });
    }
  } catch {
    // Tidying is a courtesy: a folder that cannot be listed keeps its files.
  }
}
