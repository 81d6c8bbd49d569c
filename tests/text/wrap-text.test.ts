import { describe, expect, it } from 'vitest';
import { truncateLine, wrapText } from '../../src/text/wrap-text.js';

describe('wrapText', () => {
  it('wraps at word boundaries within the width', () => {
    expect(wrapText('the mutiny comes at a time of crisis', 12)).toEqual(['the mutiny', 'comes at a', 'time of', 'crisis']);
  });

  it('keeps blank lines between paragraphs', () => {
    expect(wrapText('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
  });

  it('breaks a word longer than the width', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('counts wide characters as two columns', () => {
    expect(wrapText('日本語 日本語', 7)).toEqual(['日本語', '日本語']);
  });
});

describe('truncateLine', () => {
  it('cuts with an ellipsis only when needed', () => {
    expect(truncateLine('short', 10)).toBe('short');
    expect(truncateLine('much too long', 8)).toBe('much to…');
  });

  it('counts wide characters as two columns and never splits a character made of several code points', () => {
    expect(truncateLine('漢字漢字漢字', 7)).toBe('漢字漢…');
    expect(truncateLine('🇲🇱🇲🇱🇲🇱', 5)).toBe('🇲🇱🇲🇱…');
    expect(truncateLine('café au lait', 5)).toBe('café…');
  });
});
