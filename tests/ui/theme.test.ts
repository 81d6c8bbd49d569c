import { describe, expect, it } from 'vitest';
import { coloursWanted } from '../../src/ui/theme.js';
import { themeOf } from '../../src/ui/theme-context.js';

describe('NO_COLOR', () => {
  it('turns every colour off when set to anything', () => {
    expect(coloursWanted({ NO_COLOR: '1' })).toBe(false);
    expect(coloursWanted({})).toBe(true);
    expect(coloursWanted({ NO_COLOR: '' })).toBe(true);
    expect(Object.values(themeOf(false).colours).every((colour) => colour === undefined)).toBe(true);
    expect(themeOf(true).colours.error).toBe('red');
  });
});
