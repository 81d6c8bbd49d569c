// The lexicon's verbs: every form of a reporting verb gives its stance, phrasal verbs need
// their particle, and words the lexicon does not know are plain words.
import { describe, expect, it } from 'vitest';
import { verbForms, W, wordFlags } from '../../src/reactions/lexicon/lexicon.js';
import { REPORTING_VERBS } from '../../src/reactions/lexicon/reporting-verbs.js';

const stanceOf = (form: string, next: string[] = []): string | undefined =>
  verbForms(form)?.find((f) => f.particles.every((p, k) => next[k] === p))?.row.stance;

describe('reporting verbs', () => {
  it.each([
    ['said', 'says'], ['tells', 'says'], ['wrote', 'says'], ['clarified', 'says'], ['replies', 'says'],
    ['condemned', 'condemns'], ['denounces', 'condemns'], ['urging', 'urges'], ['warned', 'warns'],
    ['praised', 'welcomes'], ['hailed', 'welcomes'], ['denied', 'denies'], ['disputes', 'rejects'],
    ['declared', 'announces'], ['demands', 'demands'], ['blamed', 'accuses'], ['backed', 'supports'],
    ['vowed', 'pledges'], ['promising', 'pledges'], ['criticised', 'criticises'], ['slammed', 'criticises'],
  ])('%s → %s', (form, stance) => {
    expect(stanceOf(form)).toBe(stance);
  });

  it('a phrasal verb needs its particle', () => {
    expect(stanceOf('called', ['on'])).toBe('calls for');
    expect(stanceOf('asked', ['for'])).toBe('calls for');
    expect(stanceOf('hit', ['back', 'at'])).toBe('rejects');
    expect(stanceOf('called', ['off'])).toBeUndefined();
  });

  it('every row’s forms are found', () => {
    for (const row of REPORTING_VERBS) {
      const [head = '', ...particles] = row.lemma.split(' ');
      expect(stanceOf(head, particles), row.lemma).toBe(row.stance);
    }
  });
});

describe('word classes', () => {
  it('knows a role, an organisation noun, an outlet noun and a crowd', () => {
    expect(wordFlags('spokeswoman') & W.VOICE_ROLE).not.toBe(0);
    expect(wordFlags('ministry') & W.ORG_NOUN).not.toBe(0);
    expect(wordFlags('broadcaster') & W.OUTLET_NOUN).not.toBe(0);
    expect(wordFlags('witnesses') & W.CROWD).not.toBe(0);
    expect(wordFlags('harbour')).toBe(0);
  });
});
