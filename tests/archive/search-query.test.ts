// What a person types into a search, turned into an FTS5 expression that SQLite
// can never reject: every word is quoted, and only the operators listed in
// search-query.ts keep a meaning. The results of these expressions over a real
// archive are checked in archive-search.test.ts.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearch } from '../../src/archive/search-query.js';

function expression(text: string): string {
  const parsed = parseSearch(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.expression;
}

describe('parseSearch', () => {
  it('quotes every word, so all of them must appear', () => {
    expect(expression('Keita resigns')).toBe('"Keita" AND "resigns"');
  });

  it('keeps a quoted phrase together', () => {
    expect(expression('"state television" Keita')).toBe('"state television" AND "Keita"');
  });

  it('reads a trailing * as a prefix of at least three characters, and a shorter one as the word', () => {
    expect(expression('resign*')).toBe('"resign" *');
    expect(expression('un*')).toBe('"un"');
  });

  it('leaves out words after a minus or NOT, from the whole search', () => {
    expect(expression('Mali -France')).toBe('("Mali") NOT ("France")');
    expect(expression('Mali NOT France -"Le Drian"')).toBe('("Mali") NOT ("France" OR "Le Drian")');
  });

  it('joins the words on either side of OR, which binds closer than the implied AND', () => {
    expect(expression('Keita resigns OR resignation')).toBe('"Keita" AND ("resigns" OR "resignation")');
  });

  it('takes AND as the default it already is, and lower-case and/or/not as words', () => {
    expect(expression('Keita AND Cisse')).toBe('"Keita" AND "Cisse"');
    expect(expression('law and order')).toBe('"law" AND "and" AND "order"');
  });

  it('doubles a quote inside a word, so it stays inside the FTS5 string', () => {
    expect(expression('O"Brien')).toBe('"O""Brien"');
  });

  it('ignores parentheses, lone operators and punctuation that hold no word', () => {
    expect(expression('(Keita OR) — ( AND')).toBe('"Keita"');
    expect(expression('OR Keita')).toBe('"Keita"');
  });

  it('closes an unclosed quote at the end of the text', () => {
    expect(expression('"Keita resigns')).toBe('"Keita resigns"');
  });

  it('says so when there is nothing to find', () => {
    expect(parseSearch('   ')).toEqual({ ok: false, message: 'give a word to search for' });
    expect(parseSearch('() - * "')).toEqual({ ok: false, message: 'give a word to search for' });
    expect(parseSearch('-France -Mali')).toEqual({
      ok: false,
      message: 'give at least one word to find, not only words to leave out (-France -Mali)',
    });
  });

  it('lists the words it looks for, for the dashboard to mark', () => {
    const parsed = parseSearch('"state television" resign* -France');
    expect(parsed.ok && parsed.terms).toEqual(['state television', 'resign']);
  });

  it('never gives SQLite an expression it rejects, whatever is typed', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO t VALUES ('Keita resigns', 'He said so on state television.')`);
    const match = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck();
    const typed = fc.array(
      fc.oneof(
        fc.constantFrom('"', '-', '*', 'AND', 'OR', 'NOT', 'NEAR', '(', ')', ':', '^', '+', '{', '}', 'title:', 'Keita', ' ', '\u0000', 'é'),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(typed, (parts) => {
        const parsed = parseSearch(parts.join(parts.length % 2 === 0 ? ' ' : ''));
        if (parsed.ok) match.get(parsed.expression);
      }),
      { numRuns: 2000 },
    );
    db.close();
  });
});
