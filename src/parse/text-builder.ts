// Markup events → readable plain text. Whatever walks the markup (the streaming
// converter for feed bodies, the page reader walking a parsed document) reports
// opening tags, closing tags and decoded text here, so both read HTML the same way.

// Elements that end a paragraph on both sides.
const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'aside',
  'nav', 'main', 'figure', 'figcaption', 'table', 'tr', 'pre', 'hr', 'address', 'dl', 'dt', 'dd',
  'details', 'summary', 'form', 'fieldset', 'center', 'caption', 'thead', 'tbody', 'tfoot',
]);
/** Their content is code or metadata, never prose. */
export const DROPPED_CONTENT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);
const CELL_TAGS = new Set(['td', 'th']);

type Break = 'none' | 'line' | 'paragraph';

/** Accumulates lines; breaks are only written when text follows, so they never pile up. */
class LineBuilder {
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

/**
 * Blocks become paragraphs separated by a blank line, `<br>` a newline, list items
 * "• " or "1. ", blockquotes "> ", table cells a space. Text arrives decoded.
 */
export class TextBuilder {
  private readonly out = new LineBuilder();
  private readonly lists: ListState[] = [];
  /** Where the text's links point, as written (relative ones too), in order. */
  readonly links: string[] = [];

  /** `href`: an `<a>`'s target, kept so the reader can still follow what the text linked to. */
  open(name: string, href?: string): void {
    if (name === 'a' && href !== undefined && href.trim() !== '') this.links.push(href.trim());
    this.tag(name, false);
  }

  close(name: string): void {
    this.tag(name, true);
  }

  text(decoded: string): void {
    this.out.text(decoded);
  }

  finish(): string {
    return this.out.finish();
  }

  private tag(name: string, closing: boolean): void {
    const out = this.out;
    if (name === 'br') return out.requestBreak('line');
    if (name === 'li') {
      if (closing) return out.requestBreak('line');
      const list = this.lists[this.lists.length - 1];
      const marker = list?.ordered ? `${list.next++}. ` : '• ';
      return out.startListItem(marker);
    }
    if (name === 'ul' || name === 'ol') {
      if (closing) this.lists.pop();
      else this.lists.push({ ordered: name === 'ol', next: 1 });
      out.listDepth = this.lists.length;
      // Only the outermost list is its own paragraph; nested lists continue line by line.
      return out.requestBreak(this.lists.length <= (closing ? 0 : 1) ? 'paragraph' : 'line');
    }
    if (name === 'blockquote') {
      out.quoteDepth = Math.max(0, out.quoteDepth + (closing ? -1 : 1));
      return out.requestBreak('paragraph');
    }
    if (BLOCK_TAGS.has(name)) return out.requestBreak('paragraph');
    if (CELL_TAGS.has(name)) out.text(' ');
  }
}
