// Which lines of a live blog are prose, and how prose lines become paragraphs.

// "[Rey Byhre/Reuters]", "[File: AFP]", "[Getty Images]": a credit names a
// photographer/agency or says it is a photo. "[sic]" or "[Al Jazeera]" do not.
const BRACKET_CREDIT = /\[([^[\]]{2,100})\]\s*$/;
const CREDIT_TEXT =
  /\/|^(?:photo|picture|image|file|credit|video)\b|^(?:afp|ap|reuters|epa(?:-efe)?|getty images|anadolu(?: agency)?|xinhua)$/i;
// In parentheses a credit must say so, since prose often ends in "(AP)".
const PAREN_CREDIT = /\((?:photo(?:graph)?|picture|image|credit|file photo)\s*(?:credit)?\s*:[^()]{1,100}\)\s*$/i;

const READ_MORE = /^(?:read|see) more(?:\s+here)?\s*(?:[.:…!]|$)/i;
const LATEST_UPDATES =
  /^(?:here (?:are|is) )?(?:the |our |all the )?(?:latest|live|key|main) (?:updates|developments|news|events)\b[^:]{0,40}:$/i;

// A line ending like this closes its paragraph; any other line was wrapped.
const ENDS_PARAGRAPH = /[.!?…:;"”’')\]]$/;

/** A photo caption: a line ending in a bracketed or "(Photo: …)" credit. */
export function isCaptionLine(line: string): boolean {
  const text = line.trim();
  const bracket = BRACKET_CREDIT.exec(text);
  if (bracket && CREDIT_TEXT.test((bracket[1] ?? '').trim())) return true;
  return PAREN_CREDIT.test(text);
}

/** "Read more here." / "Read more: …" — a link stub, not prose. */
export function isReadMoreStub(line: string): boolean {
  const text = line.trim();
  return text.length <= 140 && READ_MORE.test(text);
}

/** "Here are the latest updates:" and its kin, which only introduce the entries. */
export function isLatestUpdatesLine(line: string): boolean {
  return LATEST_UPDATES.test(line.trim());
}

/** Lines that are neither captions nor stubs nor the "latest updates" lead-in. */
export function isProseLine(line: string): boolean {
  return !isCaptionLine(line) && !isReadMoreStub(line) && !isLatestUpdatesLine(line);
}

/**
 * A headline rather than a sentence: short, with letters, not ending in
 * sentence punctuation (a closing quote or "?" is fine).
 */
export function isTitleLike(line: string): boolean {
  const text = line.trim();
  if (text.length < 3 || text.length > 100 || /[.,;:…]$/.test(text)) return false;
  return /\p{L}/u.test(text) && text.split(/\s+/).length <= 16 && isProseLine(text);
}

/**
 * Turns lines into paragraphs. A blank line always ends a paragraph; so does a
 * line ending in sentence punctuation, because the seed writes one paragraph per
 * line with no blank lines. A line ending mid-sentence was hard-wrapped and
 * continues on the next line.
 */
export function toParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  // Lines of the open paragraph, joined once: testing the end of a growing string with
  // a `$`-anchored regex rescans it each time, which made long unpunctuated text quadratic.
  let current: string[] | null = null;
  for (const raw of lines) {
    const line = raw.trim().replace(/\s+/g, ' ');
    const last = current?.[current.length - 1];
    if (current !== null && line !== '' && last !== undefined && !ENDS_PARAGRAPH.test(last)) {
      current.push(line);
      continue;
    }
    if (current !== null) paragraphs.push(current.join(' '));
    current = line === '' ? null : [line];
  }
  if (current !== null) paragraphs.push(current.join(' '));
  return paragraphs;
}
