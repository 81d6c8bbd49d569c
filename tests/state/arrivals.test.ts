import { describe, expect, it } from 'vitest';
import { appReducer } from '../../src/state/app-reducer.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import { newAboveCount } from '../../src/state/arrivals.js';
import { pressKeys } from '../../src/state/key-input.js';
import { mergeUpdates } from '../../src/desk/merge-updates.js';
import { listWindow } from '../../src/state/list-cursor.js';
import { detailLines, visibleUpdateKeys } from '../../src/state/selectors.js';
import type { Update } from '../../src/model.js';
import { makeReaction, makeSource, makeUpdates } from '../fixtures/make-updates.js';

const all = makeUpdates(50); // "Update 50" newest … "Update 1" oldest
const older = all.slice(5); // what was there at start: Update 45 … 1
const newer = all.slice(0, 5); // arrives later: Update 50 … 46

function start(): AppState {
  return appReducer(initialState({ columns: 80, rows: 24 }), {
    type: 'arrived',
    live: false,
    sources: [makeSource()],
    updates: older,
    reactions: [],
  });
}

function arrive(state: AppState, updates: Update[], reactions = [] as ReturnType<typeof makeReaction>[]): AppState {
  return appReducer(state, { type: 'arrived', live: true, sources: [], updates, reactions });
}

describe('mergeUpdates', () => {
  it('adds new updates, keeps ones that left the feed, and reports edits', () => {
    const edited = { ...older[0]!, body: 'Now with more detail.' };
    const result = mergeUpdates(older, [newer[0]!, edited]);
    expect(result.added.map((u) => u.title)).toEqual(['Update 50']);
    expect(result.edited).toEqual([{ before: older[0], after: edited }]);
    expect(result.updates).toHaveLength(46);
    expect(result.updates[0]!.title).toBe('Update 50');
  });

  it('returns the same array when nothing changed, so nothing re-renders', () => {
    expect(mergeUpdates(older, older.slice(0, 10)).updates).toBe(older);
  });
});

describe('live arrivals', () => {
  it('marks nothing NEW at start-up', () => {
    expect(start().newKeys.size).toBe(0);
  });

  it('follows the top when the reader is there, and marks arrivals NEW', () => {
    const state = arrive(start(), newer);
    expect(state.timeline.selectedKey).toBe(newer[0]!.key);
    expect([...state.newKeys].sort()).toEqual(newer.map((u) => u.key).sort());
    expect(newAboveCount(state)).toBe(0);
  });

  it('keeps the selection and scroll exactly where they were when the reader is further down', () => {
    let state = start();
    for (let i = 0; i < 20; i++) state = pressKeys(state, 'j', {}).state;
    const before = state.timeline;
    const windowBefore = listWindow(visibleUpdateKeys(state), before, 10);
    state = arrive(state, newer);
    expect(state.timeline).toEqual(before);
    const keys = visibleUpdateKeys(state);
    const windowAfter = listWindow(keys, state.timeline, 10);
    expect(keys[windowAfter.start]).toBe(visibleUpdateKeys(start())[windowBefore.start]);
    expect(newAboveCount(state)).toBe(5);
  });

  it('jumps to the new updates with g, and clears NEW once they have been on screen', () => {
    let state = start();
    for (let i = 0; i < 20; i++) state = pressKeys(state, 'j', {}).state;
    state = arrive(state, newer);
    state = pressKeys(state, 'g', {}).state;
    expect(state.timeline.selectedKey).toBe(newer[0]!.key);
    expect(state.newKeys.size).toBe(5); // on screen now, seen at the next key
    state = pressKeys(state, 'j', {}).state;
    expect(state.newKeys.size).toBe(0);
  });

  it('remembers the first version of an edited update and replaces its reactions', () => {
    const first = start();
    const target = older[3]!;
    const oldReaction = makeReaction(target, 0, 'ECOWAS', 'old words here');
    let state = appReducer(first, { type: 'arrived', live: false, sources: [], updates: [target], reactions: [oldReaction] });
    const edit1 = { ...target, body: 'Second version.' };
    const edit2 = { ...target, body: 'Third version.' };
    const newReaction = makeReaction(edit1, 0, 'France', 'new words here');
    state = arrive(state, [edit1], [newReaction]);
    state = arrive(state, [edit2], []);
    expect(state.earlierVersions.get(target.key)?.body).toBe(target.body);
    expect(state.updates.find((u) => u.key === target.key)?.body).toBe('Third version.');
    expect(state.reactions.find((r) => r.updateKey === target.key)).toBeUndefined();
  });

  it('returns the same state for an arrival that changes nothing', () => {
    const state = start();
    expect(arrive(state, older.slice(0, 3))).toBe(state);
  });

  it('keeps a source the same object when it is read again unchanged, and keeps its tag when it changed', () => {
    const state = start();
    const again = appReducer(state, { type: 'arrived', live: true, sources: [{ ...makeSource(), tag: 'alone' }], updates: [], reactions: [] });
    expect(again).toBe(state);
    // Two feeds on one host are told apart at start ("1:127.0.0.1"); a poll reads one alone.
    const renamed = appReducer(state, { type: 'arrived', live: true, sources: [{ ...makeSource(), title: 'Renamed', tag: 'alone' }], updates: [], reactions: [] });
    expect(renamed.sources.map((source) => [source.title, source.tag])).toEqual([['Renamed', makeSource().tag]]);
  });
});

describe('the same development from two outlets', () => {
  it('shows once, and the detail view carries the other outlet’s version', () => {
    const wire = { ...makeSource('wire', 'Wire'), kind: 'rss' as const };
    const paper = { ...makeSource('paper', 'Paper'), kind: 'rss' as const };
    const base = Date.UTC(2020, 7, 18, 16, 0);
    const first: Update = { id: 'w1', key: 'wire\u0000w1', sourceId: 'wire', time: base, timeText: null, title: 'France condemns Mali mutiny', body: 'Paris reacts.', link: null, author: null };
    const copy: Update = { id: 'p1', key: 'paper\u0000p1', sourceId: 'paper', time: base + 300_000, timeText: null, title: 'France condemns mutiny in Mali', body: 'The French foreign ministry reacted.', link: null, author: null };
    let state = appReducer(initialState({ columns: 80, rows: 24 }), { type: 'arrived', live: false, sources: [wire, paper], updates: [copy, first], reactions: [] });
    expect(visibleUpdateKeys(state)).toEqual([first.key]);
    state = pressKeys(state, '', { return: true }).state;
    const text = detailLines(state).map((line) => line.text).join('\n');
    expect(text).toContain('Also reported by Paper');
    expect(text).toContain('The French foreign ministry reacted.');
  });
});
