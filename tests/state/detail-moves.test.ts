// In the detail view: n opens the next unread update, J and K the next and previous
// update of the timeline as it is shown, each marked read, without going back to the list.
import { describe, expect, it } from 'vitest';
import { appReducer } from '../../src/state/app-reducer.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import { pressKeys } from '../../src/state/key-input.js';
import type { KeyPress } from '../../src/state/keymap.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';

function opened(): AppState {
  const updates = makeUpdates(6);
  const state = appReducer(initialState({ columns: 80, rows: 24 }), { type: 'arrived', live: false, sources: [makeSource()], updates, reactions: [] });
  // Updates 5 and 4 (the second and third rows) are read already.
  return press({ ...state, readKeys: new Set([updates[1]!.key, updates[2]!.key]) }, '', { return: true });
}

function press(state: AppState, input: string, key: KeyPress = {}): AppState {
  return pressKeys(state, input, key).state;
}

const openTitle = (state: AppState) => state.updates.find((update) => update.key === state.detail?.updateKey)?.title;

describe('moving in the detail view', () => {
  it('J and K open the next and previous update, mark it read, and carry the timeline’s selection', () => {
    let state = opened();
    expect(openTitle(state)).toBe('Update 6');
    state = press(state, 'J', { shift: true });
    expect(openTitle(state)).toBe('Update 5');
    state = press(state, 'J', { shift: true });
    state = press(state, 'J', { shift: true });
    expect(openTitle(state)).toBe('Update 3');
    expect(state.readKeys.has(state.detail!.updateKey!)).toBe(true);
    state = press(state, 'K', { shift: true });
    expect(openTitle(state)).toBe('Update 4');
    expect(state.timeline.selectedKey).toBe(state.detail!.updateKey);
    // Back in the list, the selection is on the update last read.
    state = press(state, '', { escape: true });
    expect(state.updates.find((update) => update.key === state.timeline.selectedKey)?.title).toBe('Update 4');
  });

  it('J on the last update and K on the first stay, and the view starts at its top', () => {
    let state = press(opened(), 'K', { shift: true });
    expect(openTitle(state)).toBe('Update 6');
    state = press(state, 'G', { shift: true });
    for (let i = 0; i < 8; i++) state = press(state, 'J', { shift: true });
    expect(openTitle(state)).toBe('Update 1');
    expect(state.detail!.scroll).toBe(0);
  });

  it('n opens the next unread update, skipping read ones, and says so when none is left', () => {
    let state = opened();
    state = press(state, 'n');
    expect(openTitle(state)).toBe('Update 3');
    state = press(press(state, 'n'), 'n');
    expect(openTitle(state)).toBe('Update 1');
    const step = pressKeys(state, 'n', {});
    expect(openTitle(step.state)).toBe('Update 1');
    expect(step.state.notice?.text).toBe('No unread update left');
  });
});
