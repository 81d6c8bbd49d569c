import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal, sanitizeLine } from '../../src/text/sanitize-for-terminal.js';

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

describe('sanitizeLine', () => {
  it('folds newlines for one-line fields', () => {
    expect(sanitizeLine('  Title\n  over\r\nlines ')).toBe('Title over lines');
  });
});
