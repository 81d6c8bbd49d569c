// Short, distinct tags for the timeline's source column: the name each source
// is known by (file name or host), minus what all of them share, cut to fit.
import path from 'node:path';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { isUrl } from './location.js';

export const TAG_WIDTH = 12;
function baseName(location: string): string {
  if (isUrl(location)) {
    try {
      return new URL(location).hostname.replace(/^www\./, '');
    } catch {
      return location;
    }
  }
  return path.basename(location).replace(/\.[a-z0-9]+$/i, '');
}

/** The longest run of whole words (split at - _ . space) that every name starts with. */
function sharedWordPrefix(names: readonly string[]): string {
  if (names.length < 2) return '';
  const first = names[0] ?? '';
  let shared = '';
  for (const match of first.matchAll(/[^-_. ]+[-_. ]/g)) {
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
  const names = locations.map((location) => sanitizeLine(baseName(location)) || 'source');
  const prefix = sharedWordPrefix(names);
  const tags = names.map((name) => fit(name.slice(prefix.length)));
  // Two sources that still look alike are told apart by number.
  return tags.map((tag, index) => (tags.indexOf(tag) !== index || tags.lastIndexOf(tag) !== index ? fit(`${index + 1}:${tag}`) : tag));
}
