// Decides which parser a document needs from its content alone: file names and
// Content-Type headers lie too often (".rss" files holding Atom, HTML error pages).

export type DetectedFormat = 'xml' | 'json-feed' | 'live-blog' | 'html' | 'empty' | 'binary';

const FEED_ROOTS = new Set(['rss', 'rdf:rdf', 'feed']);
const HTML_ROOTS = new Set(['html', 'head', 'body']);

/** The document without a byte-order mark and leading whitespace. */
function stripLeadingNoise(text: string): string {
  return text.replace(/^\uFEFF/, '').trimStart();
}

/**
 * Name of the first element after the XML prolog (declaration, comments, processing
 * instructions, doctype), lower-cased, or null when the text does not start like XML.
 * A doctype that names html is reported as the root "html".
 */
export function xmlRootName(text: string): string | null {
  const doc = stripLeadingNoise(text);
  let i = 0;
  while (i < doc.length) {
    if (/\s/.test(doc[i] as string)) {
      i++;
      continue;
    }
    if (doc[i] !== '<') return null;
    if (doc.startsWith('<?', i)) {
      const end = doc.indexOf('?>', i + 2);
      if (end === -1) return null;
      i = end + 2;
    } else if (doc.startsWith('<!--', i)) {
      const end = doc.indexOf('-->', i + 4);
      if (end === -1) return null;
      i = end + 3;
    } else if (/^<!doctype/i.test(doc.slice(i, i + 9))) {
      if (/^<!doctype\s+html\b/i.test(doc.slice(i, i + 20))) return 'html';
      i = skipDoctype(doc, i);
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(doc.slice(i, i + 200));
      return match ? (match[1] as string).toLowerCase() : null;
    }
  }
  return null;
}

// A doctype may carry an internal subset in brackets, which can itself contain '>'.
function skipDoctype(doc: string, start: number): number {
  let inSubset = false;
  for (let i = start; i < doc.length; i++) {
    const ch = doc[i];
    if (ch === '[') inSubset = true;
    else if (ch === ']') inSubset = false;
    else if (ch === '>' && !inSubset) return i + 1;
  }
  return doc.length;
}

function looksLikeJsonFeed(doc: string): boolean {
  try {
    const value: unknown = JSON.parse(doc);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    const version = record['version'];
    return (typeof version === 'string' && version.includes('jsonfeed.org')) || Array.isArray(record['items']);
  } catch {
    // Broken JSON that says it is a JSON Feed goes to the JSON parser, which explains the error.
    return doc.slice(0, 2000).includes('jsonfeed.org');
  }
}

// Control characters that no text format uses (whitespace controls excluded).
const NON_TEXT_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Gzip, images, random bytes and UTF-16/32 without a BOM all decode to text thick
 * with controls (about 1 character in 9 for random bytes, every other one for
 * UTF-16), which the live-blog parser would otherwise accept as an empty blog.
 * Hostile feed text carries a few controls among its words; 1 in 20 leaves room for that.
 */
function looksBinary(doc: string): boolean {
  const sample = doc.slice(0, 4096);
  const controls = sample.match(NON_TEXT_CONTROL)?.length ?? 0;
  return controls > sample.length / 20;
}

/** Which parser the document needs, judged from its content only. */
export function detectFormat(text: string): DetectedFormat {
  const doc = stripLeadingNoise(text);
  if (doc.trim() === '') return 'empty';
  if (looksBinary(doc)) return 'binary';
  if (doc.startsWith('{')) return looksLikeJsonFeed(doc) ? 'json-feed' : 'live-blog';
  if (doc.startsWith('<')) {
    const root = xmlRootName(doc);
    if (root !== null && FEED_ROOTS.has(root)) return 'xml';
    if (root !== null && HTML_ROOTS.has(root)) return 'html';
  }
  return 'live-blog';
}
