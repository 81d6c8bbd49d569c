// The real-world evaluation's scoring of (speaker, quote) pairs, on labels written for this test.
import { describe, expect, it } from 'vitest';
import { actorIn, forbidden, pairPrecision, pairRecall, scorePage, tally, textMatches } from '../../eval/realworld/score-pairs.js';

describe('matching a label', () => {
  it('finds the label’s first words in the reaction, marks and case aside', () => {
    expect(textMatches('We will not back down', '“We will NOT back down,” she said')).toBe(true);
    expect(textMatches('We will not back down', 'We will back down')).toBe(false);
  });

  it('lets a label start with the reporting verb the extractor shows as the stance', () => {
    expect(textMatches('welcomed the new harbour plan', 'the new harbour plan for the town')).toBe(true);
    expect(textMatches('welcomed the new harbour plan', 'a harbour plan')).toBe(false);
  });

  it('compares names whole, without possessives or a leading "the"', () => {
    expect(actorIn(['Harbour Trust'], 'the Harbour Trust')).toBe(true);
    expect(actorIn(['Venn'], 'Ida Venn')).toBe(false);
    expect(forbidden(['PA'], 'Paddy Ames')).toBe(false);
    expect(forbidden(['BBC'], 'BBC Sport')).toBe(true);
  });
});

describe('scoring a page', () => {
  const labels = {
    file: 'x.html',
    mustActors: [
      { any: ['Ida Venn', 'Venn'], quote: 'The bridge will reopen' },
      { any: ['Harbour Trust'], quote: 'repairs will take a month' },
    ],
    mustNotActors: ['Harbour Gazette'],
  };

  it('counts found labels, right and wrong actors, banned actors and the rest', () => {
    const s = scorePage(labels, [
      { actor: 'Ida Venn', text: 'The bridge will reopen in May', row: 'a', title: '' },
      { actor: 'Teodor Varro', text: 'The repairs will take a month', row: 'b', title: '' },
      { actor: 'Harbour Gazette', text: 'Something else entirely', row: 'c', title: '' },
      { actor: 'Ida Venn', text: 'Nothing labelled here', row: 'd', title: '' },
      { actor: null, text: 'repairs will take a month', row: 'e', title: '' },
    ]);
    expect(s.found).toBe(1);
    expect(s.missed.map((m) => m.quote)).toEqual(['repairs will take a month']);
    expect(s.predictions.map((p) => p.verdict)).toEqual(['right', 'wrong', 'forbidden', 'unlabelled']);
    const t = tally([s]);
    expect(pairPrecision(t)).toBeCloseTo(1 / 3);
    expect(pairRecall(t)).toBe(0.5);
  });
});
