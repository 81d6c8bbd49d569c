// Feed HTML → readable plain text for the terminal. Character references are decoded
// exactly once; the named-entity table covers what feeds use, not all 2,231 HTML5 names.

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  // Typographic punctuation
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  lsaquo: '\u2039', rsaquo: '\u203a', laquo: '\u00ab', raquo: '\u00bb', prime: '\u2032', Prime: '\u2033',
  ndash: '\u2013', mdash: '\u2014', minus: '\u2212', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  dagger: '\u2020', Dagger: '\u2021', permil: '\u2030', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  zwj: '\u200d', zwnj: '\u200c', shy: '\u00ad', iexcl: '\u00a1', iquest: '\u00bf', sect: '\u00a7',
  para: '\u00b6', brvbar: '\u00a6', uml: '\u00a8', macr: '\u00af', acute: '\u00b4', cedil: '\u00b8',
  // Symbols
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7',
  divide: '\u00f7', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup1: '\u00b9', sup2: '\u00b2',
  sup3: '\u00b3', micro: '\u00b5', not: '\u00ac', ordf: '\u00aa', ordm: '\u00ba', larr: '\u2190',
  rarr: '\u2192', uarr: '\u2191', darr: '\u2193', harr: '\u2194', hearts: '\u2665', infin: '\u221e',
  ne: '\u2260', le: '\u2264', ge: '\u2265', asymp: '\u2248',
  // Currency
  cent: '\u00a2', pound: '\u00a3', yen: '\u00a5', euro: '\u20ac', curren: '\u00a4',
  // Latin-1 letters (the ones European news feeds actually escape)
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  ETH: 'Ð', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø',
  Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', THORN: 'Þ', szlig: 'ß',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  eth: 'ð', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø',
  ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', thorn: 'þ', yuml: 'ÿ',
  OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', fnof: 'ƒ', circ: 'ˆ', tilde: '˜',
};

// Browsers read &#128;–&#159; as Windows-1252, and so do feeds written on Windows.
const WINDOWS_1252_C1: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

// Names browsers also accept without the semicolon; others need it, so "?a=1&copy=2" survives.
const LEGACY_WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp']);

const REPLACEMENT = '\ufffd';

/** The character a named entity stands for, or undefined when the name is unknown. */
export function namedEntity(name: string): string | undefined {
  return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : undefined;
}

/** The character for a numeric reference, with HTML's fixes for C1 and invalid code points. */
export function codePointToText(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return REPLACEMENT;
  const mapped = WINDOWS_1252_C1[code];
  return String.fromCodePoint(mapped ?? code);
}

// One alternation with bounded, non-nested quantifiers: linear on any input.
const ENTITY_PATTERN = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

/** Decodes named and numeric character references once; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY_PATTERN,
    (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined, semi: string) => {
      if (decimal !== undefined) return codePointToText(Number.parseInt(decimal, 10));
      if (hex !== undefined) return codePointToText(Number.parseInt(hex, 16));
      const value = name === undefined ? undefined : namedEntity(name);
      if (value === undefined) return whole;
      if (semi === '' && !LEGACY_WITHOUT_SEMICOLON.has(name as string)) return whole;
      return value;
    },
  );
}
// Markup → text is one forward scan with indexOf and no backtracking regex, so a
// megabyte of hostile markup costs about a megabyte of work.

// Elements that end a paragraph on both sides.
const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'aside',
  'nav', 'main', 'figure', 'figcaption', 'table', 'tr', 'pre', 'hr', 'address', 'dl', 'dt', 'dd',
  'details', 'summary', 'form', 'fieldset', 'center', 'caption', 'thead', 'tbody', 'tfoot',
]);
// Their content is code or metadata, never prose.
const DROPPED_CONTENT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);
const CELL_TAGS = new Set(['td', 'th']);

type Break = 'none' | 'line' | 'paragraph';

/** Accumulates lines; breaks are only written when text follows, so they never pile up. */
class TextBuilder {
  private readonly lines: string[] = [];
  // Parts of the current line; joined once, because re-reading a growing string is quadratic.
  private parts: string[] = [];
  private lineOpen = false;
  private endsWithSpace = false;
  private pending: Break = 'none';
  private bullet = '';
  quoteDepth = 0;
  listDepth = 0;

  requestBreak(kind: Break): void {
    if (kind === 'paragraph' || this.pending === 'none') this.pending = kind;
  }

  startListItem(marker: string): void {
    this.requestBreak('line');
    this.bullet = marker;
  }

  text(raw: string): void {
    let chunk = raw.replace(/\s+/g, ' ');
    if (!this.lineOpen || this.pending !== 'none' || this.endsWithSpace) chunk = chunk.trimStart();
    if (chunk === '') return;
    if (this.pending !== 'none' || !this.lineOpen) this.openLine();
    this.parts.push(chunk);
    this.endsWithSpace = chunk.endsWith(' ');
  }

  private closeLine(): void {
    this.lines.push(this.parts.join('').trimEnd());
    this.parts = [];
  }

  private openLine(): void {
    if (this.lineOpen) {
      this.closeLine();
      if (this.pending === 'paragraph') this.lines.push('');
    }
    // A quoted block reads as quoted: "> " tells the reader these are not the reporter's words.
    const indent = this.listDepth > 1 ? '  '.repeat(this.listDepth - 1) : '';
    this.parts.push('> '.repeat(this.quoteDepth) + indent + this.bullet);
    this.bullet = '';
    this.lineOpen = true;
    this.pending = 'none';
  }

  finish(): string {
    if (this.lineOpen) this.closeLine();
    return this.lines.join('\n').trim();
  }
}

interface ListState {
  ordered: boolean;
  next: number;
}

/** Index just past the '>' that closes the tag opened at `start`, honouring quoted attributes. */
function findTagEnd(html: string, start: number, missingQuote: Map<string, number>): number {
  for (let i = start + 1; i < html.length; i++) {
    const ch = html[i];
    if (ch === '>') return i + 1;
    if (ch !== '"' && ch !== "'") continue;
    // Remembering where a quote search failed keeps unbalanced quotes from going quadratic.
    const knownMissingFrom = missingQuote.get(ch);
    const close = knownMissingFrom !== undefined && knownMissingFrom <= i ? -1 : html.indexOf(ch, i + 1);
    if (close === -1) {
      missingQuote.set(ch, Math.min(knownMissingFrom ?? i, i));
      const plain = html.indexOf('>', i);
      return plain === -1 ? html.length : plain + 1;
    }
    i = close;
  }
  return html.length;
}

function readTagName(html: string, from: number): string {
  let end = from;
  while (end < html.length && /[A-Za-z0-9:-]/.test(html[end] as string)) end++;
  return html.slice(from, end).toLowerCase();
}

/** Skips `<!-- -->`, `<![CDATA[ ]]>` (keeping its text), doctypes and `<? ?>`; returns the next index. */
function skipSpecial(html: string, i: number, out: TextBuilder): number {
  if (html.startsWith('<!--', i)) {
    const end = html.indexOf('-->', i + 4);
    return end === -1 ? html.length : end + 3;
  }
  if (html.startsWith('<![CDATA[', i)) {
    const end = html.indexOf(']]>', i + 9);
    out.text(html.slice(i + 9, end === -1 ? html.length : end));
    return end === -1 ? html.length : end + 3;
  }
  const end = html.indexOf('>', i);
  return end === -1 ? html.length : end + 1;
}

function skipDroppedContent(html: string, name: string, from: number): number {
  const closer = new RegExp(`</${name}\\s*>`, 'gi');
  closer.lastIndex = from;
  const match = closer.exec(html);
  return match === null ? html.length : match.index + match[0].length;
}

function applyTag(name: string, closing: boolean, out: TextBuilder, lists: ListState[]): void {
  if (name === 'br') return out.requestBreak('line');
  if (name === 'li') {
    if (closing) return out.requestBreak('line');
    const list = lists[lists.length - 1];
    const marker = list?.ordered ? `${list.next++}. ` : '• ';
    return out.startListItem(marker);
  }
  if (name === 'ul' || name === 'ol') {
    if (closing) {
      lists.pop();
      out.listDepth = lists.length;
    } else {
      lists.push({ ordered: name === 'ol', next: 1 });
      out.listDepth = lists.length;
    }
    // Only the outermost list is its own paragraph; nested lists continue line by line.
    return out.requestBreak(lists.length <= (closing ? 0 : 1) ? 'paragraph' : 'line');
  }
  if (name === 'blockquote') {
    out.quoteDepth = Math.max(0, out.quoteDepth + (closing ? -1 : 1));
    return out.requestBreak('paragraph');
  }
  if (BLOCK_TAGS.has(name)) return out.requestBreak('paragraph');
  if (CELL_TAGS.has(name)) out.text(' ');
}

/**
 * Turns feed HTML into readable plain text: blocks become paragraphs separated by a
 * blank line, `<br>` a newline, list items "• " or "1. ", blockquotes "> ".
 * Entities are decoded once, scripts and styles dropped, whitespace collapsed.
 */
export function htmlToText(html: string): string {
  const out = new TextBuilder();
  const lists: ListState[] = [];
  const missingQuote = new Map<string, number>();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i) out.text(decodeEntities(html.slice(i, textEnd)));
    if (lt === -1) break;
    const next = html[lt + 1] ?? '';
    if (next === '!' || next === '?') {
      i = skipSpecial(html, lt, out);
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!/[A-Za-z]/.test(html[nameStart] ?? '')) {
      out.text('<'); // a bare "<" as in "a < b" is text
      i = lt + 1;
      continue;
    }
    const name = readTagName(html, nameStart);
    i = findTagEnd(html, nameStart, missingQuote);
    const selfClosing = html[i - 2] === '/';
    if (!closing && !selfClosing && DROPPED_CONTENT_TAGS.has(name)) {
      i = skipDroppedContent(html, name, i);
      continue;
    }
    applyTag(name, closing, out, lists);
  }
  return out.finish();
}

/** One line of text, for titles: every break becomes a single space. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s*\n\s*/g, ' ');
}

/** True when the text contains something that looks like a tag or a character reference. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s|\/?>)/.test(text) || /&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]+\d*);/.test(text);
}
