// Strings from structured data are meant to be plain text, but pages put HTML in them
// and encode entities twice ("&amp;ldquo;" arrives as "&ldquo;" after JSON decoding).
import { htmlToLine, htmlToText } from '../html-to-text.js';
import { looksLikeHtml } from '../looks-like-html.js';

/** A body: markup read as HTML, else paragraphs kept and other whitespace folded. */
export function structuredText(value: string): string {
  if (looksLikeHtml(value)) {
    // Line breaks in a JSON string are the writer's paragraphs, not HTML whitespace.
    return htmlToText(value.replace(/\r?\n\s*\r?\n/g, '<p>'));
  }
  return value
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** A title or a name: one line. */
export function structuredLine(value: string): string {
  return looksLikeHtml(value) ? htmlToLine(value) : value.replace(/\s+/g, ' ').trim();
}
