// The timeline pane's rows as view-models: everything a row shows is decided here, from
// the state, for the window on screen only.
import { describe, expect, it } from 'vitest';
import { appReducer } from '../../src/state/app-reducer.js';
import { initialState } from '../../src/state/app-state.js';
import { pressKeys } from '../../src/state/key-input.js';
import { clockTick } from '../../src/state/reader-clock.js';
import { timelineView } from '../../src/state/timeline-rows.js';
import { makeSource, makeUpdates, START } from '../fixtures/make-updates.js';

const DAY_OF = START; // 18 Aug 2020 16:40 UTC; the tests run in UTC

describe('timelineView', () => {
  it('builds the rows of the window on screen, with their time, tag, marks and heading', () => {
    const blog = makeSource('blog', 'Blog');
    const wire = { ...makeSource('wire', 'Wire'), kind: 'rss' as const };
    const updates = makeUpdates(40, 'blog');
    let state = appReducer({ ...initialState({ columns: 80, rows: 24 }, undefined, DAY_OF), alert: /Update 39/ }, {
      type: 'arrived',
      live: false,
      sources: [blog, wire],
      updates,
      reactions: [],
    });
    state = appReducer(state, { type: 'arrived', live: true, sources: [], updates: makeUpdates(1, 'wire').map((u) => ({ ...u, title: 'Wire: talks resume', time: START + 60_000 })), reactions: [] });
    const view = timelineView(state);
    // At 80×24 the timeline pane has 10 rows: 10 of the 41 are built.
    expect(view.rows).toHaveLength(10);
    expect(view.title).toBe('Timeline 1/41');
    const [first, second] = view.rows;
    expect(first).toMatchObject({ time: '16:41', tag: 'wire', sourceIndex: 1, badge: 'NEW', unread: true, heading: 'Wire: talks resume', selected: true, alerted: false });
    expect(second).toMatchObject({ time: '16:40', tag: 'blog', sourceIndex: 0, badge: null, heading: 'Update 40', selected: false });
    expect(view.rows.find((row) => row.heading === 'Update 39')?.alerted).toBe(true);
    // A key shows the reader has seen the screen: the NEW mark goes, the row view follows.
    const seen = timelineView(pressKeys(state, 'j', {}).state);
    expect(seen.rows[0]).toMatchObject({ badge: null, selected: false });
    expect(seen.rows[1]!.selected).toBe(true);
  });

  it('writes the date on rows from another day once the clock has passed midnight', () => {
    const updates = makeUpdates(3);
    const state = appReducer(initialState({ columns: 80, rows: 24 }, undefined, DAY_OF), { type: 'arrived', live: false, sources: [makeSource()], updates, reactions: [] });
    expect(timelineView(state).rows.map((row) => row.time)).toEqual(['16:40', '16:39', '16:38']);
    const nextDay = clockTick(state, Date.UTC(2020, 7, 19, 0, 0, 1));
    expect(timelineView(nextDay.state).rows.map((row) => row.time)).toEqual(['18 Aug 16:40', '18 Aug 16:39', '18 Aug 16:38']);
    // And midnight is awaited again: a second past the next one.
    expect(nextDay.effects).toEqual([{ type: 'schedule', slot: 'clock', delayMs: 24 * 3_600_000, action: { type: 'clock', now: Date.UTC(2020, 7, 20, 0, 0, 1) } }]);
    // A tick on the same day changes nothing, so it draws nothing.
    expect(clockTick(state, DAY_OF + 3_600_000).state).toBe(state);
  });
});
