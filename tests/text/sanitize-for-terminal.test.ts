import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal, sanitizeLine, terminalSafeJson } from '../../src/text/sanitize-for-terminal.js';

// Anything in this range reaching the terminal could start a control sequence.
const DANGEROUS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

describe('sanitizeForTerminal', () => {
  it('leaves ordinary text, including non-Latin scripts and emoji, alone', () => {
    const text = 'Mali’s PM — “dialogue” 日本語 العربية 🙂\nsecond line';
    expect(sanitizeForTerminal(text)).toBe(text);
  });

  it.each([
    ['CSI colour', '\x1b[31mred\x1b[0m'],
    ['OSC 0 window title', '\x1b]0;owned\x07'],
    ['OSC 2 window title', '\x1b]2;owned\x1b\\'],
    ['OSC 8 hyperlink', '\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\'],
    ['OSC 52 clipboard', '\x1b]52;c;cm0gLXJmIH4=\x07'],
    ['C1 CSI', '\u009b31m'],
    ['C1 OSC', '\u009d0;title\u009c'],
    ['backspace', 'good\b\b\b\bevil'],
    ['bell', 'ding\x07'],
    ['NUL', 'a\x00b'],
    ['DEL', 'a\x7fb'],
    ['bidi override', 'abc\u202edcba'],
    ['bidi isolate', '\u2066x\u2069'],
    ['line separator', 'a\u2028b\u2029c'],
  ])('neutralises %s', (_name, hostile) => {
    const clean = sanitizeForTerminal(hostile);
    expect(clean).not.toMatch(DANGEROUS);
    expect(clean.length).toBeGreaterThan(0);
  });

  it('shows ESC and BEL as visible pictures', () => {
    expect(sanitizeForTerminal('\x1b[2J')).toBe('␛[2J');
    expect(sanitizeForTerminal('a\x07')).toBe('a␇');
  });

  it('turns CR LF and a lone CR into a newline so nothing is overwritten', () => {
    expect(sanitizeForTerminal('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });

  it('turns a tab into a space', () => {
    expect(sanitizeForTerminal('a\tb')).toBe('a b');
  });
});

describe('sanitizeForTerminal: invisible characters', () => {
  it.each([
    ['a zero-width space', 'ECO\u200bWAS', 'ECOWAS'],
    ['a byte order mark inside a title', 'Coup\ufeff in Mali', 'Coup in Mali'],
    ['a word joiner', 'Ba\u2060mako', 'Bamako'],
    ['a soft hyphen', 'Verteidigungs\u00administer', 'Verteidigungsminister'],
    ['a Mongolian vowel separator', 'a\u180eb', 'ab'],
    ['an invisible plus', 'a\u2064b', 'ab'],
    ['tag characters hiding text', 'hi\u{e0069}\u{e0067}\u{e006e}', 'hi'],
    ['a joiner between Latin letters', 'Ke\u200dita and Ke\u200cita', 'Keita and Keita'],
    ['a joiner at the edge of a word', '\u200dKeita\u200c', 'Keita'],
  ])('drops %s', (_name, hostile, clean) => {
    expect(sanitizeForTerminal(hostile)).toBe(clean);
    expect(sanitizeLine(hostile)).toBe(clean);
  });

  it('keeps the joiners that emoji and joining scripts need', () => {
    const family = '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}';
    const persian = 'می\u200cخواهم';
    const hindi = 'क्\u200dष';
    expect(sanitizeForTerminal(`${family} ${persian} ${hindi}`)).toBe(`${family} ${persian} ${hindi}`);
  });
});

describe('terminalSafeJson', () => {
  it('escapes what JSON.stringify leaves raw, and reads back to the same value', () => {
    const value = { location: 'feed\u009b31m\u009d0;title\u009c.rss', title: 'a\u202eb\u2028c\u200bd\u007f', ok: 'Mali’s 🙂' };
    const text = terminalSafeJson(value);
    expect(text).not.toMatch(/[\u007f-\u009f\u200b\u2028\u202e]/u);
    expect(text).toContain('\\u009b');
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('Mali’s 🙂');
  });

  it('indents like JSON.stringify', () => {
    expect(terminalSafeJson({ a: [1] }, 2)).toBe(JSON.stringify({ a: [1] }, null, 2));
  });
});

describe('sanitizeLine', () => {
  it('folds newlines for one-line fields', () => {
    expect(sanitizeLine('  Title\n  over\r\nlines ')).toBe('Title over lines');
  });
});
