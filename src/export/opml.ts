// OPML out and in, by hand: the format is a flat list of <outline xmlUrl=…>
// elements, and a small regex reader copes with what real exporters write
// (nested folders, single quotes, odd attribute case, comments) without a parser dependency.
import { ACTED_ON_OR_HIDDEN, sanitizeLine, terminalSafeJson } from '../text/sanitize-for-terminal.js';
import { dedupe, hasControlCharacters, type FeedList, type FeedListEntry } from './feed-list.js';

/** Escapes for an attribute value; tab and newlines as references so they survive attribute normalisation. */
export function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 forbids outright are dropped: they cannot be written at all.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu, '')
      .replace(/&/gu, '&amp;')
      .replace(/</gu, '&lt;')
      .replace(/>/gu, '&gt;')
      .replace(/"/gu, '&quot;')
      .replace(/'/gu, '&apos;')
      .replace(/\t/gu, '&#9;')
      .replace(/\n/gu, '&#10;')
      .replace(/\r/gu, '&#13;')
      // What a terminal acts on or hides (DEL, C1, format characters) is kept exactly, as a reference.
      .replace(ACTED_ON_OR_HIDDEN, (character) => `&#x${(character.codePointAt(0) ?? 0).toString(16)};`)
  );
}

export function toOpml(entries: readonly FeedListEntry[], title = 'livedesk sources'): string {
  const outlines = entries.map((entry) => {
    const name = escapeXml(entry.title ?? entry.location);
    return `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeXml(entry.location)}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeXml(title)}</title></head>`,
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

// A tag's attributes may hold a quoted ">", so quoted strings are matched whole.
const OUTLINE = /<outline\b((?:[^>"']|"[^"]*"|'[^']*')*)>/giu;
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const raw = match[2] ?? match[3] ?? '';
    // XML attribute-value normalisation: literal whitespace becomes a space before references are read.
    const name = (match[1] ?? '').toLowerCase();
    if (!found.has(name)) found.set(name, decodeEntities(raw.replace(/[\t\n\r]/gu, ' ')));
  }
  return found;
}

export function parseOpml(text: string): FeedList {
  const body = text.replace(/<!--[\s\S]*?-->/gu, '');
  if (!/<opml\b/iu.test(body)) return { entries: [], problems: ['this is not an OPML file (no <opml> element)'] };
  const entries: FeedListEntry[] = [];
  const problems: string[] = [];
  for (const match of body.matchAll(OUTLINE)) {
    const attrs = attributes(match[1] ?? '');
    // Folders are outlines without xmlUrl; their children are matched on their own.
    const url = attrs.get('xmlurl')?.trim();
    if (url === undefined || url === '') continue;
    if (hasControlCharacters(url)) {
      problems.push(`skipped a feed whose address holds control characters: ${terminalSafeJson(url)}`);
      continue;
    }
    const title = attrs.get('title') ?? attrs.get('text') ?? null;
    const clean = title === null ? null : sanitizeLine(title).trim();
    entries.push({ location: url, title: clean === null || clean === '' ? null : clean });
  }
  if (entries.length === 0 && problems.length === 0) problems.push('the OPML file lists no feeds (no outline has an xmlUrl)');
  return { entries: dedupe(entries), problems };
}
