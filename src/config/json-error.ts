// Where a JSON document goes wrong, as a line and column a person can find.
// Node 20's JSON.parse names a position for some errors and only quotes the
// text for others, so the position is recovered by parsing prefixes.

export interface JsonProblem {
  line: number;
  column: number;
  /** Plain words, no position: "unexpected '}'". */
  reason: string;
}

const POSITION = / in JSON at position (\d+)/u;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Position JSON.parse reports for `text`, or null when it parses or names none. */
function parseFailure(text: string): { message: string; position: number | null } | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = messageOf(error);
    const match = POSITION.exec(message);
    if (match !== null) return { message, position: Number(match[1]) };
    return { message, position: /Unexpected end of JSON input/u.test(message) ? text.length : null };
  }
}

/** A prefix is still viable when it parses or fails only because it stops. */
function viable(prefix: string): boolean {
  const failure = parseFailure(prefix);
  return failure === null || (failure.position !== null && failure.position >= prefix.length);
}

/** The longest viable prefix ends where the error is: prefixes of a viable prefix are viable. */
function findPosition(text: string): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (viable(text.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

function reasonOf(message: string, text: string, position: number): string {
  const firstLine = message.split('\n')[0] ?? message;
  if (/Unexpected end of JSON input/u.test(firstLine) || position >= text.length) {
    return 'the file ends before the JSON is complete (a missing } ] or " ?)';
  }
  const char = text[position] ?? '';
  // The two mistakes people make most when writing JSON by hand get named outright.
  if ((char === '}' || char === ']') && text.slice(0, position).trimEnd().endsWith(',')) {
    return `a comma before ${JSON.stringify(char)}: JSON allows no trailing comma`;
  }
  if (char === '/' && (text[position + 1] === '/' || text[position + 1] === '*')) return 'JSON allows no comments';
  if (/Unexpected token|is not valid JSON/u.test(firstLine)) return `unexpected ${JSON.stringify(char)}`;
  const words = firstLine.replace(POSITION, '');
  return words.charAt(0).toLowerCase() + words.slice(1);
}

/** Null when `text` is valid JSON. */
export function locateJsonError(text: string): JsonProblem | null {
  const failure = parseFailure(text);
  if (failure === null) return null;
  const position = failure.position ?? findPosition(text);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, reason: reasonOf(failure.message, text, position) };
}
