import { describe, expect, it } from 'vitest';
import type { KeyPress } from '../../src/state/keymap.js';
import { appReducer, type AppAction } from '../../src/state/app-reducer.js';
import { pressKeys } from '../../src/state/key-input.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import { detailLines, reactionKeys, visibleUpdates } from '../../src/state/selectors.js';
import { makeReaction, makeSource, makeUpdates } from '../fixtures/make-updates.js';

function press(state: AppState, input: string, key: KeyPress = {}): AppState {
  return pressKeys(state, input, key).state;
}

/** Whether the keys ask the dashboard to quit. */
function quits(state: AppState, input: string, key: KeyPress = {}): boolean {
  return pressKeys(state, input, key).effects.some((effect) => effect.type === 'quit');
}

function loadedState(count: number, size = { columns: 80, rows: 24 }): AppState {
  const updates = makeUpdates(count);
  const reactions = [makeReaction(updates[1]!, 0, 'ECOWAS', 'return to your barracks now')];
  const action: AppAction = { type: 'arrived', live: false, sources: [makeSource()], updates, reactions };
  return appReducer(initialState(size), action);
}

describe('appReducer', () => {
  it('selects the newest update once loaded', () => {
    const state = loadedState(30);
    expect(state.timeline.selectedKey).toBe(state.updates[0]!.key);
    expect(state.reactionList.selectedKey).toBe('actor:ecowas');
  });

  it('moves with j/k and arrows, and jumps with g/G', () => {
    let state = loadedState(30);
    state = press(state, 'j');
    state = press(state, '', { downArrow: true });
    expect(state.timeline.selectedKey).toBe(state.updates[2]!.key);
    state = press(state, 'k');
    expect(state.timeline.selectedKey).toBe(state.updates[1]!.key);
    state = press(state, 'G', { shift: true });
    expect(state.timeline.selectedKey).toBe(state.updates[29]!.key);
    state = press(state, 'g');
    expect(state.timeline.selectedKey).toBe(state.updates[0]!.key);
  });

  it('pages with PgDn/PgUp and Ctrl-D/Ctrl-U', () => {
    let state = loadedState(100);
    state = press(state, '', { pageDown: true });
    const afterPage = state.updates.findIndex((u) => u.key === state.timeline.selectedKey);
    expect(afterPage).toBeGreaterThan(5);
    state = press(state, 'd', { ctrl: true });
    const afterTwo = state.updates.findIndex((u) => u.key === state.timeline.selectedKey);
    expect(afterTwo).toBe(afterPage * 2);
    state = press(state, 'u', { ctrl: true });
    state = press(state, '', { pageUp: true });
    expect(state.timeline.selectedKey).toBe(state.updates[0]!.key);
  });

  it('switches panes with Tab and Shift-Tab', () => {
    let state = loadedState(5);
    state = press(state, '', { tab: true });
    expect(state.focus).toBe('reactions');
    state = press(state, '', { tab: true, shift: true });
    expect(state.focus).toBe('timeline');
  });

  it('opens and closes the detail view with Enter, Esc, Backspace and q', () => {
    let state = press(loadedState(5), 'j');
    for (const close of [{ input: '', key: { escape: true } }, { input: '', key: { delete: true } }, { input: 'q', key: {} }]) {
      state = press(state, '', { return: true });
      expect(state.detail?.updateKey).toBe(state.updates[1]!.key);
      expect(quits(state, close.input, close.key)).toBe(false);
      state = press(state, close.input, close.key);
      expect(state.detail).toBeNull();
    }
  });

  it('opens the update of the selected reaction, scrolled to it', () => {
    let state = press(loadedState(5), '', { tab: true });
    state = press(state, 'j'); // from the actor's heading to its reaction
    expect(state.reactionList.selectedKey).toBe(state.reactions[0]!.id);
    state = press(state, '', { return: true });
    expect(state.detail?.updateKey).toBe(state.updates[1]!.key);
    expect(state.detail?.highlightReactionId).toBe(state.reactions[0]!.id);
    expect(detailLines(state).some((line) => line.style === 'highlight')).toBe(true);
  });

  it('scrolls a long detail view and stops at its end', () => {
    const base = loadedState(3);
    const long = { ...base.updates[0]!, body: Array.from({ length: 80 }, (_, i) => `Paragraph ${i}.`).join('\n\n') };
    let state = appReducer(base, { type: 'arrived', live: false, sources: [], updates: [long], reactions: [] });
    state = press(state, '', { return: true });
    state = press(state, 'j');
    expect(state.detail?.scroll).toBe(1);
    state = press(state, 'G', { shift: true });
    const lines = detailLines(state).length;
    expect(state.detail!.scroll).toBeGreaterThan(100);
    expect(state.detail!.scroll).toBeLessThan(lines);
    const atEnd = state.detail!.scroll;
    expect(press(state, 'j').detail!.scroll).toBe(atEnd);
    expect(press(state, 'g').detail!.scroll).toBe(0);
  });

  it('quits with q from the main view and Ctrl-C anywhere', () => {
    expect(quits(loadedState(3), 'q')).toBe(true);
    const inDetail = press(loadedState(3), '', { return: true });
    expect(quits(inDetail, 'c', { ctrl: true })).toBe(true);
  });

  it('filters by text as it is typed, and Esc clears it', () => {
    let state = loadedState(30);
    state = press(state, '/');
    expect(state.filter.editing).toBe(true);
    for (const char of 'update 2') state = press(state, char);
    expect(visibleUpdates(state).map((u) => u.title)).toEqual([
      'Update 29', 'Update 28', 'Update 27', 'Update 26', 'Update 25', 'Update 24', 'Update 23', 'Update 22',
      'Update 21', 'Update 20', 'Update 2',
    ]);
    // j is text while typing, not a move
    expect(press(state, 'j').filter.text).toBe('update 2j');
    state = press(state, '', { return: true });
    expect(state.filter).toEqual({ text: 'update 2', editing: false });
    state = press(state, 'j');
    expect(state.timeline.selectedKey).toBe(visibleUpdates(state)[1]!.key);
    state = press(state, '', { escape: true });
    expect(state.filter.text).toBe('');
    expect(visibleUpdates(state)).toHaveLength(30);
  });

  it('opens help with ? and closes it with Esc, q or ?', () => {
    for (const close of ['?', 'q']) {
      const open = press(loadedState(3), '?');
      expect(open.help).not.toBeNull();
      expect(quits(open, close)).toBe(false);
      const closed = press(open, close);
      expect(closed.help).toBeNull();
    }
    expect(press(press(loadedState(3), '?'), '', { escape: true }).help).toBeNull();
  });

  it('keeps the selection and the view when newer updates arrive', () => {
    let state = loadedState(40);
    for (let i = 0; i < 25; i++) state = press(state, 'j');
    const before = { ...state.timeline };
    const newer = makeUpdates(45).slice(0, 5);
    state = appReducer(state, { type: 'arrived', live: false, sources: [], updates: newer, reactions: [] });
    expect(state.updates).toHaveLength(45);
    expect(state.timeline).toEqual(before);
  });

  it('follows a resize', () => {
    const state = appReducer(loadedState(3), { type: 'resize', size: { columns: 160, rows: 48 } });
    expect(state.size).toEqual({ columns: 160, rows: 48 });
  });
});

describe('appReducer with a chunk of keys', () => {
  it('applies every key of a chunk in order', () => {
    const state = press(loadedState(10), 'jj\r');
    expect(state.detail?.updateKey).toBe(state.updates[2]!.key);
  });
});

describe('the sources page', () => {
  it('opens with i, shows each source’s summary and error, and closes with Esc', () => {
    const source = { ...makeSource(), summary: 'Soldiers mutinied at Kati.' };
    const broken = { ...makeSource('bad', 'bad.xml'), kind: null, error: 'bad.xml: no such file' };
    let state = appReducer(initialState({ columns: 80, rows: 24 }), {
      type: 'arrived',
      live: false,
      sources: [source, broken],
      updates: makeUpdates(3),
      reactions: [],
    });
    state = press(state, 'i');
    const text = detailLines(state).map((line) => line.text);
    expect(text).toContain('Soldiers mutinied at Kati.');
    expect(text).toContain('bad.xml: no such file');
    expect(press(state, '', { escape: true }).detail).toBeNull();
  });
});

describe('the reactions pane', () => {
  function withActors(): AppState {
    const updates = makeUpdates(6);
    const reactions = [
      makeReaction(updates[0]!, 0, 'France', 'condemns in the strongest terms'),
      makeReaction(updates[2]!, 0, 'ECOWAS', 'return to your barracks'),
      makeReaction(updates[4]!, 0, 'France', 'the soldiers must stand down'),
    ];
    return appReducer(initialState({ columns: 80, rows: 24 }), { type: 'arrived', live: false, sources: [makeSource()], updates, reactions });
  }

  it('groups by actor, most recently active first, each actor followed by its reactions', () => {
    const state = withActors();
    expect(reactionKeys(state)).toEqual([
      'actor:france',
      state.reactions[0]!.id,
      state.reactions[2]!.id,
      'actor:ecowas',
      state.reactions[1]!.id,
    ]);
  });

  it('switches to time order with s, carrying the selection from an actor to its latest reaction', () => {
    let state = press(withActors(), '', { tab: true });
    state = press(state, 'G', { shift: true }); // the last row: ECOWAS's reaction
    state = press(state, 'k'); // ECOWAS's heading
    expect(state.reactionList.selectedKey).toBe('actor:ecowas');
    state = press(state, 's');
    expect(state.reactionsView).toBe('chronological');
    expect(reactionKeys(state)).toEqual(state.reactions.map((r) => r.id));
    expect(state.reactionList.selectedKey).toBe(state.reactions[1]!.id);
    expect(press(state, 's').reactionsView).toBe('by-actor');
  });

  it('opens an actor’s latest reaction with Enter on its heading', () => {
    let state = press(withActors(), '', { tab: true });
    state = press(state, '', { return: true });
    expect(state.detail).toMatchObject({ updateKey: state.updates[0]!.key, highlightReactionId: state.reactions[0]!.id });
  });
});

describe('the detail view of a reaction', () => {
  it('highlights the paragraph that holds the quote', () => {
    const [update] = makeUpdates(1);
    const withBody = {
      ...update!,
      body: 'Gunfire was heard in Kati.\n\n“We will not accept this,” the minister said.\n\nRoads were closed.',
    };
    const reaction = makeReaction(withBody, 0, 'the minister', 'We will not accept this,');
    let state = appReducer(initialState({ columns: 80, rows: 24 }), {
      type: 'arrived',
      live: false,
      sources: [makeSource()],
      updates: [withBody],
      reactions: [reaction],
    });
    state = press(press(press(state, '', { tab: true }), 'j'), '', { return: true });
    const highlighted = detailLines(state).filter((line) => line.style === 'highlight').map((line) => line.text);
    expect(highlighted[0]).toBe('“We will not accept this,” the minister said.');
    expect(highlighted).not.toContain('Gunfire was heard in Kati.');
  });
});

describe('read state', () => {
  it('marks an update read when it is opened, and u toggles it', () => {
    let state = press(loadedState(5), '', { return: true });
    const key = state.updates[0]!.key;
    expect(state.readKeys.has(key)).toBe(true);
    state = press(press(state, '', { escape: true }), 'u');
    expect(state.readKeys.has(key)).toBe(false);
    expect(press(state, 'u').readKeys.has(key)).toBe(true);
  });

  it('jumps to the next unread with n, wrapping to the top', () => {
    let state = loadedState(5);
    const keys = state.updates.map((u) => u.key);
    state = { ...state, readKeys: new Set([keys[0]!, keys[1]!, keys[3]!]) };
    state = press(state, 'n');
    expect(state.timeline.selectedKey).toBe(keys[2]);
    state = press(state, 'n');
    expect(state.timeline.selectedKey).toBe(keys[4]);
    state = { ...state, readKeys: new Set(keys.filter((key) => key !== keys[1])) };
    expect(press(state, 'n').timeline.selectedKey).toBe(keys[1]);
    const allRead = { ...state, readKeys: new Set(keys) };
    expect(press(allRead, 'n')).toBe(allRead);
  });
});

describe('source statuses', () => {
  const status = (state: 'ok' | 'not-modified' | 'error', at: number, message: string | null = null) => ({
    sourceId: 'demo',
    state,
    lastSuccessAt: at,
    nextPollAt: at + 60_000,
    httpStatus: state === 'error' ? 503 : state === 'ok' ? 200 : 304,
    message,
  });

  it('returns the same state for a 304 after a 200, so an idle poll draws nothing', () => {
    const first = appReducer(loadedState(3), { type: 'status', status: status('ok', 1) });
    const after304 = appReducer(first, { type: 'status', status: status('not-modified', 2) });
    expect(after304).toBe(first);
  });

  it('stores a change the reader can see: an error, and the recovery', () => {
    const ok = appReducer(loadedState(3), { type: 'status', status: status('ok', 1) });
    const failing = appReducer(ok, { type: 'status', status: status('error', 2, 'HTTP 503 — retrying in 2 min') });
    expect(failing).not.toBe(ok);
    expect(failing.statuses.get('demo')?.message).toBe('HTTP 503 — retrying in 2 min');
    expect(appReducer(failing, { type: 'status', status: status('ok', 3) }).statuses.get('demo')?.state).toBe('ok');
  });
});
