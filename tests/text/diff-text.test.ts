import { describe, expect, it } from 'vitest';
import { diffText } from '../../src/text/diff-text.js';

describe('diffText', () => {
  it('finds an added sentence', () => {
    expect(diffText('Shots were heard. Roads are closed.', 'Shots were heard. Troops entered Bamako. Roads are closed.')).toEqual([
      { kind: 'same', text: 'Shots were heard.' },
      { kind: 'added', text: 'Troops entered Bamako.' },
      { kind: 'same', text: 'Roads are closed.' },
    ]);
  });

  it('shows a reworded sentence as removed and added', () => {
    const parts = diffText('Ten people were hurt.', 'Twelve people were hurt.');
    expect(parts.filter((p) => p.kind !== 'same').map((p) => p.kind).sort()).toEqual(['added', 'removed']);
  });

  it('reports nothing changed for equal text', () => {
    expect(diffText('One. Two.', 'One. Two.').every((p) => p.kind === 'same')).toBe(true);
  });
});
