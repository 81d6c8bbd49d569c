import { describe, expect, it } from 'vitest';
import { updateHeading } from '../../src/text/update-heading.js';

describe('updateHeading', () => {
  it('is the title, else the first words of the body on one line', () => {
    expect(updateHeading({ title: 'Ferries cancelled', body: 'Every crossing is off.' })).toBe('Ferries cancelled');
    expect(updateHeading({ title: '', body: 'Every crossing\nis off.\n\nMore soon.' })).toBe('Every crossing is off. More soon.');
    expect(updateHeading({ title: '', body: '' })).toBe('');
  });
});
