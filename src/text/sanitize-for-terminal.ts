// Feed text is hostile: an ESC or OSC sequence in a title could retitle the
// window, write the clipboard or move the cursor. Every string from a source
// passes through here once, after all decoding, before it is stored or shown.

const CONTROL_PICTURES_BASE = 0x2400; // ␀ … ␟ stand for the C0 controls
const DELETE_PICTURE = '\u2421'; // ␡
const REPLACEMENT = '\uFFFD';
const ZWNJ = 0x200c;
const ZWJ = 0x200d;

function isBidiControl(code: number): boolean {
  return (
    code === 0x061c || // Arabic letter mark
    code === 0x200e ||
    code === 0x200f || // LRM / RLM
    (code >= 0x202a && code <= 0x202e) || // embeddings and overrides
    (code >= 0x2066 && code <= 0x2069) // isolates
  );
}

/**
 * Invisible format characters other than the bidi controls: zero-width space, word
 * joiner, BOM, soft hyphen, invisible operators, tags and the like. Terminals draw
 * them at widths of their own choosing and they hide differences between strings.
 */
function isInvisibleFormat(code: number): boolean {
  if (code < 0xad) return false;
  if (code < 0x10000) {
    return (
      code === 0xad ||
      (code >= 0x600 && code <= 0x605) ||
      code === 0x6dd ||
      code === 0x70f ||
      code === 0x890 ||
      code === 0x891 ||
      code === 0x8e2 ||
      code === 0x180e ||
      (code >= 0x200b && code <= 0x200d) ||
      (code >= 0x2060 && code <= 0x2064) ||
      (code >= 0x206a && code <= 0x206f) ||
      code === 0xfeff ||
      (code >= 0xfff9 && code <= 0xfffb)
    );
  }
  return (
    code === 0x110bd ||
    code === 0x110cd ||
    (code >= 0x13430 && code <= 0x1343f) ||
    (code >= 0x1bca0 && code <= 0x1bca3) ||
    (code >= 0x1d173 && code <= 0x1d17a) ||
    code === 0xe0001 ||
    (code >= 0xe0020 && code <= 0xe007f)
  );
}

// Scripts whose letters join or form conjuncts: there ZWJ and ZWNJ change how a word is written.
const JOINING_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const start = low >= 0xdc00 && low <= 0xdfff ? index - 2 : index - 1;
  return start < 0 ? '' : String.fromCodePoint(text.codePointAt(start) ?? 0);
}

function codePointAt(text: string, index: number): string {
  return index < text.length ? String.fromCodePoint(text.codePointAt(index) ?? 0) : '';
}

/** A joiner is kept only where it joins: inside an emoji sequence, or between letters of a joining script. */
function joinerJoins(text: string, index: number, code: number): boolean {
  const before = codePointBefore(text, index);
  const after = codePointAt(text, index + 1);
  if (code === ZWJ && EMOJI_BEFORE_JOINER.test(before) && EMOJI.test(after)) return true;
  return JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after);
}

/**
 * Replaces every control character except newline with a visible marker:
 * C0 controls become their Control Picture (ESC → ␛), tab a space, DEL ␡,
 * C1 controls, bidi controls and the Unicode line/paragraph separators �.
 * CR LF and lone CR become LF, so a line can never be overwritten. Invisible
 * format characters (zero-width space, BOM, soft hyphen …) are dropped.
 */
export function sanitizeForTerminal(text: string): string {
  let out = '';
  let plainStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | null = null;
    let width = 1;
    if (code < 0x20) {
      if (code === 0x0a) continue;
      if (code === 0x09) replacement = ' ';
      else if (code === 0x0d) replacement = text.charCodeAt(i + 1) === 0x0a ? '' : '\n';
      else replacement = String.fromCharCode(CONTROL_PICTURES_BASE + code);
    } else if (code < 0xad) {
      if (code === 0x7f) replacement = DELETE_PICTURE;
      else if (code >= 0x80 && code <= 0x9f) replacement = REPLACEMENT;
    } else if (code === 0x2028 || code === 0x2029 || isBidiControl(code)) {
      replacement = REPLACEMENT;
    } else {
      const point = code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(i) ?? code) : code;
      if (isInvisibleFormat(point) && !((code === ZWJ || code === ZWNJ) && joinerJoins(text, i, code))) {
        replacement = '';
        width = point > 0xffff ? 2 : 1;
      }
    }
    if (replacement !== null) {
      out += text.slice(plainStart, i) + replacement;
      plainStart = i + width;
      i += width - 1;
    }
  }
  return plainStart === 0 ? text : out + text.slice(plainStart);
}

/** For one-line fields (titles, authors, tags): newlines fold to spaces too. */
export function sanitizeLine(text: string): string {
  return sanitizeForTerminal(text).replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * What JSON.stringify (and XML) leave raw that a terminal acts on or hides: DEL, C1
 * controls (U+009B is a one-byte CSI), the line separators and every format character.
 */
export const ACTED_ON_OR_HIDDEN = /[\u007f-\u009f\u2028\u2029\p{Cf}]/gu;

function jsonEscape(character: string): string {
  let escaped = '';
  for (let i = 0; i < character.length; i++) escaped += `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}

/**
 * JSON.stringify, with the characters it leaves raw written as \u escapes: the
 * output is safe to print to a terminal and parses back to exactly the same value.
 */
export function terminalSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(ACTED_ON_OR_HIDDEN, jsonEscape);
}
