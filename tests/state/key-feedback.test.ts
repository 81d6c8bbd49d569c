// Every key that acts outside the dashboard says in the status line what it did, or
// why it did nothing: o and y with or without a link, r R p with only files.
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/model.js';
import { appReducer } from '../../src/state/app-reducer.js';
import { initialState, type AppState } from '../../src/state/app-state.js';
import { pressKeys } from '../../src/state/key-input.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';

const feed: Source = { ...makeSource('https://wire.example/feed', 'Wire'), location: 'https://wire.example/feed' };
const file: Source = { ...makeSource('/desk/live.txt', 'Live blog'), location: 'feeds/live.txt' };

function desk(sources: Source[], link: string | null = 'https://wire.example/1'): AppState {
  const updates = makeUpdates(2, sources[0]!.id).map((update) => ({ ...update, link }));
  return appReducer(initialState({ columns: 80, rows: 24 }), { type: 'arrived', live: false, sources, updates, reactions: [] });
}

function press(state: AppState, input: string) {
  const step = pressKeys(state, input, { shift: /[A-Z]/.test(input) });
  return { notice: step.state.notice?.text, tone: step.state.notice?.tone, requests: step.effects.flatMap((effect) => (effect.type === 'request' ? [effect.request] : [])), state: step.state };
}

describe('what each key says it did', () => {
  it('o and y name the link they open or copy, and say so when there is none', () => {
    expect(press(desk([feed]), 'o')).toMatchObject({ notice: 'Opening https://wire.example/1', requests: [{ type: 'open-link', url: 'https://wire.example/1' }] });
    expect(press(desk([feed]), 'y')).toMatchObject({ notice: 'Copied https://wire.example/1', requests: [{ type: 'copy-link' }] });
    expect(press(desk([feed], null), 'o')).toMatchObject({ notice: 'No link to open', tone: 'problem', requests: [] });
    expect(press(desk([feed], null), 'y')).toMatchObject({ notice: 'No link to copy', tone: 'problem', requests: [] });
  });

  it('r, R and p with only files say that files are read when they change, and ask nothing', () => {
    expect(press(desk([file]), 'r')).toMatchObject({ notice: 'A file: read again when it changes', requests: [] });
    expect(press(desk([file]), 'R')).toMatchObject({ notice: 'Nothing to fetch: only files', requests: [] });
    expect(press(desk([file]), 'p')).toMatchObject({ notice: 'Nothing to pause: only files', requests: [] });
  });

  it('r, R and p on feeds say what they asked for', () => {
    expect(press(desk([feed, file]), 'r')).toMatchObject({ notice: 'Fetching Wire', requests: [{ type: 'refresh', sourceId: feed.id }] });
    expect(press(desk([feed, file]), 'R')).toMatchObject({ notice: 'Fetching 1 source', requests: [{ type: 'refresh-all' }] });
    const paused = press(desk([feed]), 'p');
    expect(paused).toMatchObject({ notice: 'Polling paused (p resumes)', requests: [{ type: 'toggle-pause' }] });
    const status = { sourceId: feed.id, state: 'paused' as const, lastSuccessAt: null, nextPollAt: null, httpStatus: null, message: null };
    const resumed = press(appReducer(paused.state, { type: 'status', status }), 'p');
    expect(resumed).toMatchObject({ notice: 'Polling resumed', requests: [{ type: 'toggle-pause' }] });
  });
});
