// What the pipeline compares a read with: seeded from what the desk shows, then, after
// each whole read, what the source lists; a preview only adds.
import { describe, expect, it } from 'vitest';
import { fingerprintOf, KnownUpdates, listedOf } from '../../src/ingest/known-updates.js';
import { makeUpdates } from '../fixtures/make-updates.js';

describe('KnownUpdates', () => {
  it('knows the shown updates by source, and then each source by what its last whole read listed', () => {
    const shown = [...makeUpdates(5, 'blog'), ...makeUpdates(2, 'wire')];
    const known = KnownUpdates.of(shown);
    expect(known.forSource('blog').size).toBe(5);
    expect(known.forSource('wire').get(shown[5]!.key)).toBe(fingerprintOf(shown[5]!));
    expect(known.forSource('elsewhere').size).toBe(0);

    const fresh = makeUpdates(8, 'blog').slice(0, 3);
    known.remember('blog', listedOf(fresh.slice(0, 1)), false);
    expect(known.forSource('blog').size).toBe(6);
    known.remember('blog', listedOf(fresh), true);
    // Bounded by the feed: the archive's older updates are no longer held here.
    expect([...known.forSource('blog').keys()]).toEqual(fresh.map((update) => update.key));
    expect(known.forSource('wire').size).toBe(2);
  });

  it('tells an edit from the same words: the fingerprint covers time and text', () => {
    const [update] = makeUpdates(1);
    expect(fingerprintOf({ ...update! })).toBe(fingerprintOf(update!));
    expect(fingerprintOf({ ...update!, body: 'Corrected.' })).not.toBe(fingerprintOf(update!));
    expect(fingerprintOf({ ...update!, time: update!.time! + 60_000 })).not.toBe(fingerprintOf(update!));
  });
});
