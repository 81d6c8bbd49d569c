// Feed HTML → readable plain text for the terminal, read by htmlparser2 (a streaming
// tokenizer: linear on any input, hostile markup included). Character references are
// decoded exactly once, against the full HTML table that ships with the parser.
import { DecodingMode, decodeHTML } from 'entities/decode';
import { Parser } from 'htmlparser2';
import { DROPPED_CONTENT_TAGS, TextBuilder } from './text-builder.js';

/**
 * Decodes named and numeric character references once; unknown names stay as written.
 * Names without their semicolon are read as in an attribute value, so "AT&T" and
 * "?a=1&copy=2" survive while "&copy 2024" becomes "© 2024".
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text, DecodingMode.Attribute) : text;
}

/** The text a named reference stands for ("&eacute;" → "é"), or undefined when the name is unknown. */
export function namedEntity(name: string): string | undefined {
  const reference = `&${name};`;
  const decoded = decodeHTML(reference, DecodingMode.Strict);
  return decoded === reference ? undefined : decoded;
}

/**
 * Turns feed HTML into readable plain text: blocks become paragraphs separated by a
 * blank line, `<br>` a newline, list items "• " or "1. ", blockquotes "> ".
 * Entities are decoded once, scripts and styles dropped, whitespace collapsed.
 */
export function htmlToText(html: string): string {
  return htmlToTextWithLinks(html).text;
}

/** The same text, and the targets of its links as written (entities decoded), in order. */
export function htmlToTextWithLinks(html: string): { text: string; links: string[] } {
  const out = new TextBuilder();
  let dropped = 0;
  let inCdata = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (DROPPED_CONTENT_TAGS.has(name)) dropped++;
        else if (dropped === 0) out.open(name, name === 'a' && attributes.href !== undefined ? decodeEntities(attributes.href) : undefined);
      },
      onclosetag(name) {
        if (DROPPED_CONTENT_TAGS.has(name)) dropped = Math.max(0, dropped - 1);
        else if (dropped === 0) out.close(name);
      },
      ontext(text) {
        if (dropped === 0) out.text(inCdata ? text : decodeEntities(text));
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    // Entities are decoded here rather than by the tokenizer, to keep CDATA literal and
    // to read names without a semicolon as above.
    { decodeEntities: false, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return { text: out.finish(), links: out.links };
}

/** One line of text, for titles: every break becomes a single space. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s*\n\s*/g, ' ');
}
