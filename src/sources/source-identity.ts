// A source's identity is what it is, not how it was typed: a file's real absolute
// path, a feed's URL in normal form. So `feeds/x.rss`, `x.rss` typed inside feeds/,
// the absolute path and a symlink to it are one source with one history.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { isUrl } from './location.js';
import { STDIN_SOURCE } from './read-stdin.js';

const UNRESERVED = /[A-Za-z0-9\-._~]/u;

/** %7e and %7E are one character, and an unreserved one needs no escape at all. */
function normaliseEscapes(text: string): string {
  return text.replace(/%[0-9a-f]{2}/giu, (escape) => {
    const character = String.fromCharCode(Number.parseInt(escape.slice(1), 16));
    return UNRESERVED.test(character) ? character : escape.toUpperCase();
  });
}

/**
 * Scheme and host in lower case (the host in punycode), no default port, dot
 * segments resolved, escapes in one form, no fragment (it never reaches the
 * server). The query is kept as it is: its order can matter to the server.
 */
export function normaliseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  url.hash = '';
  url.pathname = normaliseEscapes(url.pathname);
  if (url.search !== '') url.search = normaliseEscapes(url.search);
  return url.href;
}

/** The file's real path (symlinks resolved), or its absolute path while it does not exist. */
function filePath(location: string, cwd: string): string {
  const absolute = path.resolve(cwd, location);
  try {
    return realpathSync.native(absolute);
  } catch {
    return absolute;
  }
}

/** Standard input ("-") is no file: it keeps its name. */
export function sourceIdFor(location: string, cwd: string = process.cwd()): string {
  if (location === STDIN_SOURCE) return STDIN_SOURCE;
  return isUrl(location) ? normaliseUrl(location) : filePath(location, cwd);
}
