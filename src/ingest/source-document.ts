// The pipeline's input: one read of one source, as bytes (a file) or as text that
// the network has already decoded with the charset its headers named.
import { readLocalFile } from '../sources/read-local-file.js';
import { readStdin, STDIN_SOURCE } from '../sources/read-stdin.js';
import type { ReadLimits } from '../sources/read-limits.js';

export interface SourceDocument {
  /** The location as given: it names the source, and the source's id comes from it. */
  location: string;
  content: { bytes: Uint8Array; charset: string | null } | { text: string };
  /** For live-blog times that name no day (ms): a file's modification time, or when it was fetched. */
  fallbackDate: number;
  /** Where a fetched page came from after redirects: its links are read against it. */
  pageUrl?: string;
}

/** Size of the content, in bytes or characters: what decides whether it is read in a worker. */
export function documentSize(document: SourceDocument): number {
  return 'text' in document.content ? document.content.text.length : document.content.bytes.length;
}

/** A local file, or standard input ("-"), under the same limits as a download (--max-size, --timeout); throws as readLocalFile does. */
export async function readLocalDocument(location: string, limits: ReadLimits): Promise<SourceDocument> {
  const file = location === STDIN_SOURCE ? await readStdin(limits) : await readLocalFile(location, limits);
  return { location, content: { bytes: file.bytes, charset: null }, fallbackDate: file.modified.getTime() };
}
