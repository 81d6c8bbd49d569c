// The sources pane (S): every source with its unread count and health; Enter narrows the
// timeline to the chosen one, "All sources" (or Esc in the timeline) widens it again.
import { describe, expect, it } from 'vitest';
import type { SourceStatus } from '../../src/model.js';
import { appReducer } from '../../src/state/app-reducer.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import { pressKeys } from '../../src/state/key-input.js';
import type { KeyPress } from '../../src/state/keymap.js';
import { visibleUpdates } from '../../src/state/selectors.js';
import { sourcesPaneView } from '../../src/state/source-rows.js';
import { timelineView } from '../../src/state/timeline-rows.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';

function desk(): AppState {
  const live = makeUpdates(6, 'live');
  const wire = makeUpdates(4, 'wire').map((update, index) => ({
    ...update,
    time: update.time! - 30_000,
    title: `Statement from ${['Abuja', 'Paris', 'Dakar', 'Accra'][index]}`,
    body: `Words ${index}.`,
  }));
  const failing: SourceStatus = { sourceId: 'wire', state: 'error', lastSuccessAt: null, nextPollAt: null, httpStatus: 503, message: 'HTTP 503 — retrying in 2 min' };
  let state = appReducer(initialState({ columns: 80, rows: 24 }), {
    type: 'arrived',
    live: false,
    sources: [makeSource('live', 'Mutiny live'), { ...makeSource('wire', 'Sahel wire'), tag: 'sahel' }],
    updates: [...live, ...wire].sort((a, b) => b.time! - a.time!),
    reactions: [],
  });
  state = appReducer(state, { type: 'status', status: failing });
  return { ...state, readKeys: new Set([live[0]!.key, live[1]!.key]) };
}

const press = (state: AppState, input: string, key: KeyPress = {}) => pressKeys(state, input, key).state;

describe('the sources pane', () => {
  it('lists all sources first, then each with its unread count and health', () => {
    const view = sourcesPaneView(press(desk(), 'S', { shift: true }));
    expect(view.rows.map((row) => [row.title, row.unread, row.total, row.health, row.bad])).toEqual([
      ['All sources', 8, 10, '', false],
      ['Mutiny live', 4, 6, 'file', false],
      ['Sahel wire', 4, 4, 'HTTP 503 — retrying in 2 min', true],
    ]);
    expect(view.rows[0]!.selected).toBe(true);
  });

  it('Enter on a source narrows the timeline to it; All sources widens it again', () => {
    let state = press(desk(), 'S', { shift: true });
    state = press(state, 'j');
    state = press(state, 'j');
    state = press(state, '', { return: true });
    expect(state.sourcesPane).toBeNull();
    expect(state.sourceFilter).toBe('wire');
    expect(visibleUpdates(state).map((update) => update.sourceId)).toEqual(['wire', 'wire', 'wire', 'wire']);
    expect(timelineView(state).title).toBe('Sahel wire 1/4');
    // Reopened, the pane starts on the source the timeline shows.
    state = press(state, 'S', { shift: true });
    expect(sourcesPaneView(state).rows.find((row) => row.selected)?.title).toBe('Sahel wire');
    state = press(state, 'g');
    state = press(state, '', { return: true });
    expect(state.sourceFilter).toBeNull();
    expect(visibleUpdates(state)).toHaveLength(10);
  });

  it('Esc closes the pane without changing anything, and in the timeline widens a narrowed one', () => {
    let state = press(desk(), 'S', { shift: true });
    state = press(state, 'j');
    state = press(state, '', { escape: true });
    expect(state.sourcesPane).toBeNull();
    expect(state.sourceFilter).toBeNull();
    state = press(press(press(state, 'S', { shift: true }), 'j'), '', { return: true });
    expect(state.sourceFilter).toBe('live');
    state = press(state, '', { escape: true });
    expect(state.sourceFilter).toBeNull();
  });

  it('a narrowed timeline keeps its selection when it still shows', () => {
    let state = press(desk(), 'j'); // the first wire update
    const selected = state.timeline.selectedKey;
    state = press(press(press(press(state, 'S', { shift: true }), 'j'), 'j'), '', { return: true });
    expect(state.timeline.selectedKey).toBe(selected);
  });
});

describe('the filter', () => {
  it('also matches a source’s title or tag', () => {
    let state = press(desk(), '/');
    for (const char of 'sahel') state = press(state, char);
    expect(visibleUpdates(state).map((update) => update.sourceId)).toEqual(['wire', 'wire', 'wire', 'wire']);
    state = press(desk(), '/');
    for (const char of 'mutiny') state = press(state, char);
    expect(visibleUpdates(state)).toHaveLength(6);
  });
});
