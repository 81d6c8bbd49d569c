// Keys resolved once: each press of a chunk becomes one action from the keymap, against
// the state the press before it left, and the reducer hands back what it asks of the
// world outside as effects.
import { describe, expect, it } from 'vitest';
import { appReducer } from '../../src/state/app-reducer.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import type { Effect } from '../../src/state/effects.js';
import { actionForKey, pressKeys } from '../../src/state/key-input.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';

function desk(): AppState {
  // Both polled: files are read whenever they change, and r, R and p ask nothing for them.
  const wire = { ...makeSource('wire', 'Wire'), kind: 'rss' as const, location: 'https://wire.example/feed' };
  const blog = { ...makeSource('blog', 'Blog'), location: 'https://blog.example/live' };
  const updates = [
    ...makeUpdates(2, 'blog').map((update) => ({ ...update, link: `https://blog.example/${update.id}` })),
    ...makeUpdates(1, 'wire').map((update) => ({ ...update, title: 'Wire bulletin', time: update.time! - 30_000, link: `https://wire.example/${update.id}` })),
  ];
  return appReducer(initialState({ columns: 80, rows: 24 }), { type: 'arrived', live: false, sources: [blog, wire], updates, reactions: [] });
}

const requests = (effects: Effect[]) => effects.flatMap((effect) => (effect.type === 'request' ? [effect.request] : []));

describe('keys resolved once', () => {
  it('gives each key of a chunk the state the one before it left', () => {
    const state = desk();
    // The timeline: the blog's u2, the wire's u1, the blog's u1. Typed fast, "jo" opens the
    // link of the update j moved to, not of the one selected before.
    expect(requests(pressKeys(state, 'jo', {}).effects)).toEqual([{ type: 'open-link', url: 'https://wire.example/u1' }]);
    expect(requests(pressKeys(state, 'jjy', {}).effects)).toEqual([{ type: 'copy-link', url: 'https://blog.example/u1' }]);
    // r fetches the source of the selected update.
    expect(requests(pressKeys(state, 'r', {}).effects)).toEqual([{ type: 'refresh', sourceId: 'blog' }]);
    expect(requests(pressKeys(state, 'jr', {}).effects)).toEqual([{ type: 'refresh', sourceId: 'wire' }]);
    // Enter opens the update, and o in the detail view opens its link.
    expect(requests(pressKeys(state, 'j\ro', {}).effects)).toEqual([{ type: 'open-link', url: 'https://wire.example/u1' }]);
  });

  it('reads keys as text while the filter line is typed, in the same chunk as the /', () => {
    const state = desk();
    const typed = pressKeys(state, '/roads', {});
    expect(typed.state.filter).toEqual({ text: 'roads', editing: true });
    expect(typed.effects).toEqual([]);
    expect(actionForKey(typed.state, 'R', { shift: true })).toEqual({ type: 'filter-text', text: 'R' });
    expect(actionForKey(typed.state, '', { return: true })).toEqual({ type: 'command', command: 'keepFilter' });
    expect(actionForKey(typed.state, '', { escape: true, meta: true })).toEqual({ type: 'command', command: 'clearFilter' });
    expect(actionForKey(typed.state, '', { delete: true })).toEqual({ type: 'command', command: 'deleteFilterChar' });
    // Keys that are not text keep their meaning.
    expect(actionForKey(typed.state, '', { downArrow: true })).toEqual({ type: 'command', command: 'moveDown' });
    // Out of the filter line, R is a command again.
    expect(requests(pressKeys(typed.state, '\rR', {}).effects)).toEqual([{ type: 'refresh-all' }]);
  });

  it('asks for read marks to be kept as updates are opened and toggled', () => {
    const state = desk();
    const opened = pressKeys(state, '', { return: true });
    const key = state.updates[0]!.key;
    expect(opened.effects).toEqual([{ type: 'mark-read', keys: [key], read: true }]);
    const toggled = pressKeys(opened.state, 'u', {});
    expect(toggled.effects).toEqual([{ type: 'mark-read', keys: [key], read: false }]);
    // Read again with u, closed and opened again: nothing more to save.
    const readAgain = pressKeys(pressKeys(toggled.state, 'u', {}).state, '', { escape: true, meta: true });
    expect(pressKeys(readAgain.state, '', { return: true }).effects).toEqual([]);
  });

  it('asks to quit with q from the panes and Ctrl-C anywhere, and asks the monitor to pause with p', () => {
    const state = desk();
    expect(pressKeys(state, 'q', {}).effects).toEqual([{ type: 'quit' }]);
    expect(pressKeys(state, 'c', { ctrl: true }).effects).toEqual([{ type: 'quit' }]);
    expect(pressKeys(pressKeys(state, '?', {}).state, 'q', {}).effects).toEqual([]);
    expect(requests(pressKeys(state, 'p', {}).effects)).toEqual([{ type: 'toggle-pause' }]);
  });

  it('clears NEW marks on screen at any key, even one that means nothing', () => {
    const updates = makeUpdates(3);
    let state = appReducer(initialState({ columns: 80, rows: 24 }), { type: 'arrived', live: false, sources: [makeSource()], updates: updates.slice(1), reactions: [] });
    state = appReducer(state, { type: 'arrived', live: true, sources: [], updates: updates.slice(0, 1), reactions: [] });
    expect(state.newKeys.size).toBe(1);
    expect(pressKeys(state, 'x', {}).state.newKeys.size).toBe(0);
  });
});
