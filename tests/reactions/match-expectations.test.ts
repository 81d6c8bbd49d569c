import { describe, expect, it } from 'vitest';
import type { Reaction } from '../../src/model.js';
import { matchUpdate, normaliseText, reactionMatches, type ExpectedReaction } from '../../eval/reactions/match-expectations.js';

const got = (actor: string | null, text: string, kind: Reaction['kind'] = 'quote', stance = 'says'): Reaction => ({
  id: 'x', updateId: 'u', updateKey: 'u', actor, role: null, kind, text, stance, time: null,
});
const want = (e: Partial<ExpectedReaction>): ExpectedReaction => ({ actor: 'Le Drian', kind: 'quote', text: 'aware of the mutiny', ...e });

describe('matching rules', () => {
  it('accepts an alias, ignoring case, hyphens and quote marks', () => {
    const e = want({ actor: 'Jean-Yves Le Drian', aliases: ['Le Drian'] });
    expect(reactionMatches(e, got('jean yves le drian', 'France has become “aware” of the mutiny'))).toBe(true);
    expect(reactionMatches(e, got('Le Drian', 'France is AWARE OF THE MUTINY.'))).toBe(true);
  });

  it('needs the same kind, the snippet inside the text, and the right actor', () => {
    expect(reactionMatches(want({}), got('Le Drian', 'aware of the mutiny', 'statement'))).toBe(false);
    expect(reactionMatches(want({}), got('Le Drian', 'aware of the'))).toBe(false);
    expect(reactionMatches(want({}), got('France', 'aware of the mutiny'))).toBe(false);
    expect(reactionMatches(want({ actor: null }), got(null, 'aware of the mutiny'))).toBe(true);
  });

  it('an unnamed source (actor null) matches no actor or a description of one, never a name', () => {
    const e = want({ actor: null });
    expect(reactionMatches(e, got(null, 'aware of the mutiny'))).toBe(true);
    expect(reactionMatches(e, got('senior official', 'aware of the mutiny'))).toBe(true);
    expect(reactionMatches(e, got('A Western diplomat', 'aware of the mutiny'))).toBe(true);
    expect(reactionMatches(e, got('one aide', 'aware of the mutiny'))).toBe(true);
    expect(reactionMatches(e, got('Foreign Ministry', 'aware of the mutiny'))).toBe(false);
    expect(reactionMatches(e, got('Le Drian', 'aware of the mutiny'))).toBe(false);
    // The other way round stays strict: a named actor is not found by "an official".
    expect(reactionMatches(want({}), got('senior official', 'aware of the mutiny'))).toBe(false);
  });

  it('matches one to one and prefers the expectation with the same stance', () => {
    const a = want({ text: 'dialogue', stance: 'calls for' });
    const b = want({ text: 'dialogue', stance: 'urges' });
    const r = matchUpdate([a, b], [got('Le Drian', 'dialogue', 'quote', 'urges'), got('Le Drian', 'dialogue', 'quote', 'urges')]);
    expect(r.matches.map((m) => m.expected)).toEqual([b, a]);
    expect(r.unmatchedPredicted).toEqual([]);
  });

  it('drops a block quote marker', () => {
    expect(normaliseText('> “Nobody  wanted’ it')).toBe('nobody wanted it');
  });
});
