// Feed text is hostile: an ESC or OSC sequence in a title could retitle the
// window, write the clipboard or move the cursor. Every string from a source
// passes through here once, after all decoding, before it is stored or shown.

const CONTROL_PICTURES_BASE = 0x2400; // ␀ … ␟ stand for the C0 controls
const DELETE_PICTURE = '\u2421'; // ␡
const REPLACEMENT = '\uFFFD';

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
 * Replaces every control character except newline with a visible marker:
 * C0 controls become their Control Picture (ESC → ␛), tab a space, DEL ␡,
 * C1 controls, bidi controls and the Unicode line/paragraph separators �.
 * CR LF and lone CR become LF, so a line can never be overwritten.
 */
export function sanitizeForTerminal(text: string): string {
  let out = '';
  let plainStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | null = null;
    if (code < 0x20) {
      if (code === 0x0a) continue;
      if (code === 0x09) replacement = ' ';
      else if (code === 0x0d) replacement = text.charCodeAt(i + 1) === 0x0a ? '' : '\n';
      else replacement = String.fromCharCode(CONTROL_PICTURES_BASE + code);
    } else if (code === 0x7f) {
      replacement = DELETE_PICTURE;
    } else if (code >= 0x80 && code <= 0x9f) {
      replacement = REPLACEMENT;
    } else if (code === 0x2028 || code === 0x2029 || isBidiControl(code)) {
      replacement = REPLACEMENT;
    }
    if (replacement !== null) {
      out += text.slice(plainStart, i) + replacement;
      plainStart = i + 1;
    }
  }
  return plainStart === 0 ? text : out + text.slice(plainStart);
}

/** For one-line fields (titles, authors, tags): newlines fold to spaces too. */
export function sanitizeLine(text: string): string {
  return sanitizeForTerminal(text).replace(/\s*\n\s*/g, ' ').trim();
}
