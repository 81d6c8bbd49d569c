// A marks every update of the selected update's source read, C everything; u straight
// after either puts back exactly what it marked. Each is one write for the archive.
import { describe, expect, it } from 'vitest';
import { appReducer } from '../../src/state/app-reducer.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import { pressKeys } from '../../src/state/key-input.js';
import type { KeyPress } from '../../src/state/keymap.js';
import { unreadCount } from '../../src/state/selectors.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';

function twoSources(): AppState {
  const live = makeUpdates(6, 'live');
  const wire = makeUpdates(4, 'wire').map((update, index) => ({
    ...update,
    time: update.time! - 30_000,
    title: `Reaction from capital ${['Abuja', 'Paris', 'Dakar', 'Accra'][index]}`,
    body: `Words from ${index}.`,
  }));
  const updates = [...live, ...wire].sort((a, b) => b.time! - a.time!);
  return appReducer(initialState({ columns: 80, rows: 24 }), {
    type: 'arrived',
    live: false,
    sources: [makeSource('live', 'Mutiny live'), makeSource('wire', 'Wire reactions')],
    updates,
    reactions: [],
  });
}

const press = (state: AppState, input: string, key: KeyPress = {}) => pressKeys(state, input, key);
const unreadOf = (state: AppState, sourceId: string) =>
  state.updates.filter((update) => update.sourceId === sourceId && !state.readKeys.has(update.key)).length;

describe('marking many read', () => {
  it('A marks every update of the selected update’s source read, in one write, and says so', () => {
    let state = twoSources();
    // One wire update read already: it is not written again, nor unmarked by an undo.
    const wireRead = state.updates.find((update) => update.sourceId === 'wire')!.key;
    state = { ...state, readKeys: new Set([wireRead]) };
    state = press(state, 'j').state; // the second row is the wire's
    expect(state.updates.find((update) => update.key === state.timeline.selectedKey)?.sourceId).toBe('wire');
    const step = press(state, 'A', { shift: true });
    expect(unreadOf(step.state, 'wire')).toBe(0);
    expect(unreadOf(step.state, 'live')).toBe(6);
    expect(unreadCount(step.state)).toBe(6);
    const marks = step.effects.filter((effect) => effect.type === 'mark-read');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ read: true });
    expect(marks[0]!.type === 'mark-read' && marks[0]!.keys).toHaveLength(3);
    expect(step.state.notice?.text).toBe('3 of [wire] marked read · u undoes');
  });

  it('C marks everything read; u straight after puts back exactly what it marked', () => {
    let state = twoSources();
    const firstKey = state.updates[0]!.key;
    state = { ...state, readKeys: new Set([firstKey]) };
    const marked = press(state, 'C', { shift: true });
    expect(unreadCount(marked.state)).toBe(0);
    expect(marked.state.notice?.text).toBe('9 marked read · u undoes');
    const undone = press(marked.state, 'u');
    expect(unreadCount(undone.state)).toBe(9);
    expect(undone.state.readKeys.has(firstKey)).toBe(true);
    const marks = undone.effects.filter((effect) => effect.type === 'mark-read');
    expect(marks).toEqual([{ type: 'mark-read', keys: expect.any(Array), read: false }]);
    expect(marks[0]!.type === 'mark-read' && marks[0]!.keys).toHaveLength(9);
    expect(undone.state.notice?.text).toBe('9 marked unread again');
    // Undone once: u is back to the selected update.
    const toggled = press(undone.state, 'u');
    expect(toggled.state.readKeys.has(firstKey)).toBe(false);
    expect(unreadCount(toggled.state)).toBe(10);
  });

  it('any other key between the mark and u makes u act on the selected update again', () => {
    let state = press(twoSources(), 'C', { shift: true }).state;
    state = press(state, 'j').state;
    const selected = state.timeline.selectedKey!;
    state = press(state, 'u').state;
    expect(state.readKeys.has(selected)).toBe(false);
    expect(unreadCount(state)).toBe(1);
  });

  it('works from the detail view, on the open update’s source', () => {
    let state = twoSources();
    state = press(state, 'j').state;
    state = press(state, '', { return: true }).state;
    const step = press(state, 'A', { shift: true });
    expect(step.state.detail).not.toBeNull();
    expect(unreadOf(step.state, 'wire')).toBe(0);
    expect(unreadOf(step.state, 'live')).toBe(6);
  });

  it('says so when there is nothing left to mark, and leaves nothing to undo', () => {
    const state = press(twoSources(), 'C', { shift: true }).state;
    const again = press(state, 'C', { shift: true });
    expect(again.state.notice?.text).toBe('All read already');
    expect(again.effects.some((effect) => effect.type === 'mark-read')).toBe(false);
    expect(unreadCount(press(again.state, 'u').state)).toBe(1);
  });
});
