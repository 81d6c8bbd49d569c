// Short, distinct tags for the timeline's source column: the name each source
// is known by (file name or host), minus what all of them share, cut to fit.
import path from 'node:path';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { isUrl } from './location.js';

export const TAG_WIDTH = 12;
function hostOf(location: string): string | null {
  if (!isUrl(location)) return null;
  try {
    return new URL(location).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The feed's own name in its address: "/world/africa/rss.xml" → "africa/rss". */
function pathName(location: string): string {
  try {
    const segments = new URL(location).pathname.split('/').filter((segment) => segment !== '');
    return segments.slice(-2).join('/').replace(/\.[a-z0-9]+$/i, '');
  } catch {
    return '';
  }
}

/** The name a source is known by: its file name, its host, or its path when several share the host. */
function baseName(location: string, hostCounts: ReadonlyMap<string, number>): string {
  const host = hostOf(location);
  if (host === null) return isUrl(location) ? location : path.basename(location).replace(/\.[a-z0-9]+$/i, '');
  const named = pathName(location);
  return (hostCounts.get(host) ?? 0) > 1 && named !== '' ? named : host;
}

/** The longest run of whole words (split at - _ . / space) that every name starts with. */
function sharedWordPrefix(names: readonly string[]): string {
  if (names.length < 2) return '';
  const first = names[0] ?? '';
  let shared = '';
  for (const match of first.matchAll(/[^-_. /]+[-_. /]/g)) {
    const candidate = first.slice(0, (match.index ?? 0) + match[0].length);
    if (!names.every((name) => name.startsWith(candidate) && name.length > candidate.length)) break;
    shared = candidate;
  }
  return shared;
}

function fit(tag: string): string {
  return tag.length <= TAG_WIDTH ? tag : tag.slice(0, TAG_WIDTH - 1) + '…';
}

export function sourceTags(locations: readonly string[]): string[] {
  const hostCounts = new Map<string, number>();
  for (const host of locations.map(hostOf)) if (host !== null) hostCounts.set(host, (hostCounts.get(host) ?? 0) + 1);
  const names = locations.map((location) => sanitizeLine(baseName(location, hostCounts)) || 'source');
  const prefix = sharedWordPrefix(names);
  const tags = names.map((name) => fit(name.slice(prefix.length)));
  // Two sources that still look alike are told apart by number.
  return tags.map((tag, index) => (tags.indexOf(tag) !== index || tags.lastIndexOf(tag) !== index ? fit(`${index + 1}:${tag}`) : tag));
}
