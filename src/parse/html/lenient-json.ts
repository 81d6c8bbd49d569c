// JSON as pages write it in <script type="application/ld+json">: comments (`//`,
// `/* */`, `<!-- -->`, CDATA wrappers), trailing commas and raw line breaks inside
// strings are common enough that a strict parse would lose whole pages.

/** The value, or null when even the repaired text is not JSON. Never throws. */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(repairJson(text));
    } catch {
      return null;
    }
  }
}

/** One pass outside and inside strings; linear in the length of the text. */
export function repairJson(text: string): string {
  const out: string[] = [];
  let inString = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (inString) {
      if (ch === '\\') {
        out.push(text.slice(i, i + 2));
        i += 2;
        continue;
      }
      if (ch === '"') inString = false;
      const code = ch.charCodeAt(0);
      out.push(code < 0x20 ? escapeControl(code) : ch);
      i++;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out.push(ch);
      i++;
    } else if (text.startsWith('//', i)) {
      i = skipTo(text, '\n', i + 2, 0);
    } else if (text.startsWith('/*', i)) {
      i = skipTo(text, '*/', i + 2, 2);
    } else if (text.startsWith('<!--', i) || text.startsWith('-->', i)) {
      i += text.startsWith('<!--', i) ? 4 : 3;
    } else if (ch === ',' && /^\s*[}\]]/.test(text.slice(i + 1, i + 200))) {
      i++; // a trailing comma before a closing bracket
    } else {
      out.push(ch);
      i++;
    }
  }
  return out.join('');
}

function skipTo(text: string, end: string, from: number, endLength: number): number {
  const at = text.indexOf(end, from);
  return at === -1 ? text.length : at + endLength;
}

function escapeControl(code: number): string {
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  if (code === 0x09) return '\\t';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}
