import { describe, expect, it } from 'vitest';
import { appReducer } from '../../src/state/app-reducer.js';
import { initialState } from '../../src/state/app-state.js';
import { keepRecent } from '../../src/state/keep-recent.js';
import { makeReaction, makeSource, makeUpdates } from '../fixtures/make-updates.js';

describe('keepRecent', () => {
  const updates = makeUpdates(10);
  const state = appReducer(initialState({ columns: 80, rows: 24 }), {
    type: 'arrived',
    live: false,
    sources: [makeSource()],
    updates,
    reactions: [makeReaction(updates[9]!, 0, 'ECOWAS', 'return to barracks now')],
  });

  it('keeps the newest updates within the limits and drops the rest with their reactions', () => {
    const trimmed = keepRecent({ ...state, readKeys: new Set([updates[9]!.key]) }, new Set(), { perSource: 4, total: 100 });
    expect(trimmed.updates.map((u) => u.title)).toEqual(['Update 10', 'Update 9', 'Update 8', 'Update 7']);
    expect(trimmed.reactions).toHaveLength(0);
    // Read marks belong to the archive: dropping them here would mark those updates unread there.
    expect(trimmed.readKeys.has(updates[9]!.key)).toBe(true);
  });

  it('never drops an update its source still lists', () => {
    const trimmed = keepRecent(state, new Set([updates[9]!.key]), { perSource: 2, total: 100 });
    expect(trimmed.updates.map((u) => u.title)).toEqual(['Update 10', 'Update 9', 'Update 1']);
  });

  it('leaves a timeline within the limits untouched', () => {
    expect(keepRecent(state, new Set())).toBe(state);
  });
});
