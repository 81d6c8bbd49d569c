// @alcalzone/ansi-tokenize for Ink's output module: a line's styled characters,
// remembered across frames (see string-width.ts).
import {
  ansiCodesToString,
  diffAnsiCodes,
  styledCharsFromTokens as styledCharsOnce,
  tokenize as tokenizeOnce,
  type StyledChar,
  type Token,
} from '@alcalzone/ansi-tokenize';
import { remembered } from '../../remembered.js';

const tokensOf = remembered(5_000, (line: string) => tokenizeOnce(line));
const styled = new WeakMap<Token[], StyledChar[]>();

export function tokenize(line: string): Token[] {
  return tokensOf(line);
}

/** Ink passes what tokenize() returned, so the same line gives the same tokens and the same characters. */
export function styledCharsFromTokens(tokens: Token[]): StyledChar[] {
  let chars = styled.get(tokens);
  if (chars === undefined) {
    chars = styledCharsOnce(tokens);
    styled.set(tokens, chars);
  }
  return chars;
}

type Styles = StyledChar['styles'];

/** Equal styles: the codes from one to the other are none (diffAnsiCodes gives []). */
function sameStyles(a: Styles, b: Styles): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    if (a[index]!.code !== b[index]!.code || a[index]!.endCode !== b[index]!.endCode) return false;
  }
  return true;
}

/**
 * A row of the frame as text, as the library writes it: the codes from each character's
 * styles to the next one's, then the character. The library works that difference out
 * with three sets per character, 4,800 characters a frame, though most neighbours share
 * their styles; here it is worked out only where the styles change.
 */
export function styledCharsToString(chars: StyledChar[]): string {
  let text = '';
  for (let index = 0; index < chars.length; index++) {
    const styles = chars[index]!.styles;
    if (index === 0) text += ansiCodesToString(styles);
    else {
      const before = chars[index - 1]!.styles;
      if (!sameStyles(before, styles)) text += ansiCodesToString(diffAnsiCodes(before, styles));
    }
    text += chars[index]!.value;
  }
  // The styles still set at the end of the row are reset.
  if (chars.length > 0) text += ansiCodesToString(diffAnsiCodes(chars[chars.length - 1]!.styles, []));
  return text;
}
