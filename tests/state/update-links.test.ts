import { describe, expect, it } from 'vitest';
import { linksOfUpdate } from '../../src/state/update-links.js';
import { makeUpdates } from '../fixtures/make-updates.js';

describe('the links of an update', () => {
  it('lists the links kept from its markup, then addresses written in its text, once each', () => {
    const [update] = makeUpdates(1);
    const body = 'The full text is at https://gov.example/statement.pdf. Earlier: (https://gov.example/a?b=1), and https://gov.example/statement.pdf again; not ftp://x.example/f.';
    expect(linksOfUpdate({ ...update!, body, links: ['https://wire.example/story'] })).toEqual([
      'https://wire.example/story',
      'https://gov.example/statement.pdf',
      'https://gov.example/a?b=1',
    ]);
    expect(linksOfUpdate(update!)).toEqual([]);
  });
});
