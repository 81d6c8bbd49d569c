// What a person types into a search, as an FTS5 expression SQLite always accepts.
// Every word goes to FTS5 inside quotes, so its own syntax (NEAR, column:, ^, +,
// parentheses) is never met by surprise. What keeps a meaning:
//   words          all of them, anywhere in the text, any case, accents ignored
//   "a phrase"     these words together, in this order
//   word*          words that begin so (three letters or more; a shorter one is the word)
//   -word, NOT word, -"a phrase"   leave out what holds it
//   a OR b         either; binds closer than the implied AND ("Keita resigns OR quits")
// AND is what words already mean; parentheses and lone punctuation are ignored.

export type ParsedSearch =
  | { ok: true; expression: string; terms: string[] }
  | { ok: false; message: string };

interface Term {
  text: string;
  prefix: boolean;
  exclude: boolean;
  /** Joined to the term before by OR. */
  orBefore: boolean;
}

const SEPARATOR = /[\s()\p{Cc}]/u;
/** What unicode61 keeps as part of a word; a term with none of it finds nothing. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}]/gu;
const SHORTEST_PREFIX = 3;

function wordCharacters(text: string): number {
  return text.match(WORD_CHARACTER)?.length ?? 0;
}

/** Splits the text into terms: phrases, words and the operators around them. */
function readTerms(text: string): Term[] {
  const terms: Term[] = [];
  let exclude = false;
  let orBefore = false;
  let at = 0;
  const push = (term: string, prefix: boolean) => {
    if (wordCharacters(term) > 0) terms.push({ text: term, prefix, exclude, orBefore: orBefore && !exclude });
    exclude = false;
    orBefore = false;
  };
  while (at < text.length) {
    const char = text[at]!;
    if (SEPARATOR.test(char)) {
      at += 1;
      continue;
    }
    if (char === '-' && at + 1 < text.length && !SEPARATOR.test(text[at + 1]!)) {
      exclude = true;
      at += 1;
      continue;
    }
    if (char === '"') {
      const end = text.indexOf('"', at + 1);
      const stop = end === -1 ? text.length : end;
      push(text.slice(at + 1, stop).replace(/[\p{Cc}\s]+/gu, ' ').trim(), false);
      at = stop + 1;
      continue;
    }
    let end = at;
    while (end < text.length && !SEPARATOR.test(text[end]!)) end += 1;
    const word = text.slice(at, end);
    at = end;
    if (word === 'OR') orBefore = terms.length > 0;
    else if (word === 'NOT') exclude = true;
    else if (word !== 'AND') {
      const stem = word.replace(/\*+$/u, '');
      push(stem, stem !== word && wordCharacters(stem) >= SHORTEST_PREFIX);
    }
  }
  return terms;
}

function quoted(term: Term): string {
  const text = `"${term.text.replaceAll('"', '""')}"`;
  return term.prefix ? `${text} *` : text;
}

export function parseSearch(text: string): ParsedSearch {
  const terms = readTerms(text);
  const wanted = terms.filter((term) => !term.exclude);
  const unwanted = terms.filter((term) => term.exclude);
  if (wanted.length === 0) {
    if (unwanted.length === 0) return { ok: false, message: 'give a word to search for' };
    const listed = unwanted.map((term) => `-${term.text.includes(' ') ? `"${term.text}"` : term.text}`).join(' ');
    return { ok: false, message: `give at least one word to find, not only words to leave out (${listed})` };
  }
  // Runs of terms joined by OR, then all runs together.
  const clauses: Term[][] = [];
  for (const term of wanted) {
    const last = clauses.at(-1);
    if (term.orBefore && last !== undefined) last.push(term);
    else clauses.push([term]);
  }
  const found = clauses
    .map((clause) => (clause.length === 1 ? quoted(clause[0]!) : `(${clause.map(quoted).join(' OR ')})`))
    .join(' AND ');
  const expression = unwanted.length === 0 ? found : `(${found}) NOT (${unwanted.map(quoted).join(' OR ')})`;
  return { ok: true, expression, terms: wanted.map((term) => term.text) };
}
