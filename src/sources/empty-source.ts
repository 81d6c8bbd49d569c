// What is known of a source before it has been read: where it is, and so its id,
// a title from its name and a tag.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '../model.js';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { noSuchFile } from './describe-error.js';
import { isUrl } from './location.js';
import { STDIN_SOURCE } from './read-stdin.js';
import { sourceIdFor } from './source-identity.js';
import { sourceTags } from './source-tags.js';

export function emptySource(location: string): Source {
  return {
    id: sourceIdFor(location),
    title: sanitizeLine(isUrl(location) ? location : path.basename(location)),
    tag: sourceTags([location])[0] ?? 'source',
    kind: null,
    location,
    error: null,
    summary: null,
  };
}

/** A source before it is read; a local file that is not there says so at once. */
export function placeholderSource(location: string): Source {
  const source = emptySource(location);
  if (isUrl(location) || location === STDIN_SOURCE || existsSync(location)) return source;
  return { ...source, error: noSuchFile(location) };
}
