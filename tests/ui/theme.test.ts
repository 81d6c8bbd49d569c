import { describe, expect, it } from 'vitest';
import { coloursWanted, themeFor } from '../../src/ui/theme.js';

describe('NO_COLOR', () => {
  it('turns every colour off when set to anything', () => {
    expect(coloursWanted({ NO_COLOR: '1' })).toBe(false);
    expect(coloursWanted({})).toBe(true);
    expect(coloursWanted({ NO_COLOR: '' })).toBe(true);
    expect(Object.values(themeFor(false)).every((colour) => colour === undefined)).toBe(true);
    expect(themeFor(true).error).toBe('red');
  });
});
