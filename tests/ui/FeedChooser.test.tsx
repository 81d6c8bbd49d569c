// The question the dashboard asks when a URL turns out to be a web page that
// announces several feeds: the keys move through them, Enter follows one (or all),
// Esc puts the question away; nothing reaches the monitor before the answer.
import { describe, expect, it } from 'vitest';
import type { AnnouncedFeed } from '../../src/model.js';
import { appReducer } from '../../src/state/app-reducer.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import { createDeskEvents } from '../../src/desk/desk-events.js';
import type { AppRequest } from '../../src/state/effects.js';
import { pressKeys } from '../../src/state/key-input.js';
import type { KeyPress } from '../../src/state/keymap.js';
import { App } from '../../src/ui/App.js';
import { makeSource } from '../fixtures/make-updates.js';
import { KEYS, renderApp, waitFor } from './ink-harness.js';

const PAGE = 'https://courier.example/';
/** What the keys ask of the world outside the dashboard. */
function requestsFor(state: AppState, input: string, key: KeyPress): AppRequest[] {
  return pressKeys(state, input, key).effects.flatMap((effect) => (effect.type === 'request' ? [effect.request] : []));
}

function press(state: AppState, input: string, key: KeyPress = {}): AppState {
  return pressKeys(state, input, key).state;
}

const FEEDS: AnnouncedFeed[] = [
  { url: 'https://courier.example/rss/top.xml', title: 'Top stories', type: 'application/rss+xml' },
  { url: 'https://courier.example/sport.atom', title: null, type: 'application/atom+xml' },
];

describe('choosing among the feeds a page announces', () => {
  it('moves with the arrows, wraps to "all of them", and answers with Enter', () => {
    let state = appReducer(initialState({ columns: 100, rows: 30 }), { type: 'feeds-found', sourceId: PAGE, feeds: FEEDS });
    expect(state.feedChoices).toHaveLength(1);
    // Keys that mean something else in the dashboard ask nothing of the monitor meanwhile.
    expect(requestsFor(state, 'R', {})).toEqual([]);
    state = press(state, '', { upArrow: true });
    expect(state.feedChoices[0]?.selected).toBe(2);
    expect(requestsFor(state, '', { return: true })).toEqual([{ type: 'follow-feeds', sourceId: PAGE, urls: FEEDS.map((feed) => feed.url) }]);
    state = press(state, 'j');
    expect(requestsFor(state, '', { return: true })).toEqual([{ type: 'follow-feeds', sourceId: PAGE, urls: [FEEDS[0]!.url] }]);
    state = press(state, '', { return: true });
    expect(state.feedChoices).toEqual([]);
  });

  it('counts the moves typed in the same burst as Enter', () => {
    const state = appReducer(initialState({ columns: 100, rows: 30 }), { type: 'feeds-found', sourceId: PAGE, feeds: FEEDS });
    expect(requestsFor(state, 'jj\r', {})).toEqual([{ type: 'follow-feeds', sourceId: PAGE, urls: FEEDS.map((feed) => feed.url) }]);
    expect(requestsFor(state, 'j\r', {})).toEqual([{ type: 'follow-feeds', sourceId: PAGE, urls: [FEEDS[1]!.url] }]);
    expect(press(state, 'jj\r').feedChoices).toEqual([]);
  });

  it('asks once per page, and Esc puts the question away without following anything', () => {
    let state = initialState({ columns: 100, rows: 30 });
    state = appReducer(state, { type: 'feeds-found', sourceId: PAGE, feeds: FEEDS });
    state = appReducer(state, { type: 'feeds-found', sourceId: PAGE, feeds: FEEDS });
    expect(state.feedChoices).toHaveLength(1);
    expect(requestsFor(state, '', { escape: true })).toEqual([]);
    state = press(state, '', { escape: true });
    expect(state.feedChoices).toEqual([]);
  });

  it('shows the question over the panes and sends the answer to the monitor', async () => {
    const events = createDeskEvents();
    const requests: AppRequest[] = [];
    const page = { ...makeSource(), id: PAGE, location: PAGE, title: 'The Alder Courier' };
    const { frame, press, instance } = await renderApp(
      <App sources={[page]} updates={[]} reactions={[]} events={events} onRequest={(request) => void requests.push(request)} />,
    );
    events.publish({ type: 'feeds-found', sourceId: PAGE, feeds: FEEDS });
    await waitFor(() => frame().includes('It announces these feeds'), 'the question');
    expect(frame()).toContain('The Alder Courier is a web page. It announces these feeds:');
    expect(frame()).toContain('› Top stories — https://courier.example/rss/top.xml');
    expect(frame()).toContain('https://courier.example/sport.atom');
    expect(frame()).toContain('All of them (2 feeds)');
    await press(KEYS.down);
    expect(frame()).toContain('› https://courier.example/sport.atom');
    await press(KEYS.enter);
    expect(requests).toEqual([{ type: 'follow-feeds', sourceId: PAGE, urls: ['https://courier.example/sport.atom'] }]);
    expect(frame()).not.toContain('It announces these feeds');
    instance.unmount();
  });
});
