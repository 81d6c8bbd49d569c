import { describe, expect, it } from 'vitest';
import { appReducer } from '../../src/state/app-reducer.js';
import { initialState } from '../../src/state/app-state.js';
import { makeReaction, makeSource, makeUpdates } from '../fixtures/make-updates.js';

describe('sources taken out of a urls file', () => {
  it('leave with their updates, reactions and status; the others stay and the selection moves to a row still shown', () => {
    const wire = makeUpdates(3, 'wire');
    const blog = makeUpdates(2, 'blog');
    let state = appReducer(initialState({ columns: 80, rows: 24 }), {
      type: 'arrived',
      live: false,
      sources: [makeSource('wire', 'Wire'), makeSource('blog', 'Blog')],
      updates: [...wire, ...blog],
      reactions: [makeReaction(wire[0]!, 0, 'ECOWAS', 'back to barracks'), makeReaction(blog[0]!, 0, 'UN', 'release them')],
    });
    state = appReducer(state, { type: 'status', status: { sourceId: 'wire', state: 'error', lastSuccessAt: null, nextPollAt: null, httpStatus: 503, message: 'down' } });
    expect(state.timeline.selectedKey).toBe(wire[0]!.key);

    const after = appReducer(state, { type: 'removed', sourceIds: ['wire'] });
    expect(after.sources.map((source) => source.id)).toEqual(['blog']);
    expect(after.updates.map((update) => update.key)).toEqual(blog.map((update) => update.key));
    expect(after.reactions.map((reaction) => reaction.actor)).toEqual(['UN']);
    expect(after.statuses.has('wire')).toBe(false);
    expect(after.timeline.selectedKey).toBe(blog[0]!.key);
    expect(appReducer(after, { type: 'removed', sourceIds: ['wire'] })).toBe(after);
  });
});
