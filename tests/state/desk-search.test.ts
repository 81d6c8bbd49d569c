// The search's state: typed text, one request per Enter, answers for an older query
// dropped, and an open answer asked for again when updates arrive (only then).
import { describe, expect, it } from 'vitest';
import { appReducer, appStep } from '../../src/state/app-reducer.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import { pressKeys } from '../../src/state/key-input.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';

function desk(): AppState {
  return appReducer(initialState({ columns: 80, rows: 24 }), { type: 'arrived', live: false, sources: [makeSource()], updates: makeUpdates(3), reactions: [] });
}

const searches = (effects: ReturnType<typeof pressKeys>['effects']) => effects.filter((effect) => effect.type === 'search');

describe('the search’s state', () => {
  it('asks once per Enter, never for an empty prompt, and keeps what is typed apart from the filter', () => {
    let state = pressKeys(desk(), 'f', {}).state;
    expect(searches(pressKeys(state, '\r', {}).effects)).toEqual([]);
    const typed = pressKeys(state, 'keita\r', {});
    expect(searches(typed.effects)).toEqual([{ type: 'search', text: 'keita' }]);
    expect(typed.state.filter.text).toBe('');
    state = typed.state;
    // An answer for another query (typed before this one) is dropped.
    expect(appReducer(state, { type: 'search-answer', text: 'kei', answer: { ok: true, found: [], more: false } })).toBe(state);
    state = appReducer(state, { type: 'search-answer', text: 'keita', answer: { ok: true, found: [], more: false } });
    expect(state.search?.answer).toEqual({ ok: true, found: [], more: false });
    // New updates: asked again; nothing new: nothing asked.
    const arrival = { type: 'arrived' as const, live: true, sources: [makeSource()], updates: makeUpdates(4).slice(0, 1), reactions: [] };
    expect(appStep(state, arrival).effects).toEqual([{ type: 'search', text: 'keita' }]);
    const same = { ...arrival, updates: state.updates.slice(0, 1) };
    expect(appStep(state, same).effects).toEqual([]);
    // Esc in the results closes the search.
    expect(pressKeys(state, '', { escape: true }).state.search).toBeNull();
  });

  it('a prompt closed before any answer leaves nothing behind, and asks nothing when updates arrive', () => {
    const state = pressKeys(pressKeys(desk(), 'f', {}).state, 'x', {}).state;
    expect(pressKeys(state, '', { escape: true }).state.search).toBeNull();
    const arrival = { type: 'arrived' as const, live: true, sources: [makeSource()], updates: makeUpdates(4).slice(0, 1), reactions: [] };
    expect(appStep(state, arrival).effects).toEqual([]);
  });
});
