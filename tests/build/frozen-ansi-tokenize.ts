// The build's stand-in for Ink's tokeniser with everything it hands out deep-frozen. The
// stand-in gives the same tokens and characters to every frame that draws the same line,
// which is safe only while Ink and the library read them and never write: a write to a
// frozen value throws (bundles are strict), so the frame test fails the day one does.
import type { StyledChar, Token } from '@alcalzone/ansi-tokenize';
import { styledCharsFromTokens as rememberedChars, tokenize as rememberedTokens } from '../../src/ui/ink-output/ansi-tokenize.js';

export { styledCharsToString } from '../../src/ui/ink-output/ansi-tokenize.js';

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}

export function tokenize(line: string): Token[] {
  return deepFreeze(rememberedTokens(line));
}

export function styledCharsFromTokens(tokens: Token[]): StyledChar[] {
  return deepFreeze(rememberedChars(tokens));
}
