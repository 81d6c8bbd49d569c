// The detail view lists the links of an update's text; l opens the list, Enter opens
// one in the browser, y copies it, Esc goes back to the update. J moves on without the list.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppRequest } from '../../src/state/effects.js';
import { App } from '../../src/ui/App.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';
import { KEYS, lineWith, renderApp } from './ink-harness.js';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const updates = makeUpdates(3);
updates[0] = {
  ...updates[0]!,
  body: 'The order is published at https://gov.example/order.pdf. The council met at noon.',
  links: ['https://wire.example/story', 'https://wire.example/map'],
};

describe('links in the detail view', () => {
  it('lists them under the text, and l lets the reader open or copy one', async () => {
    const requests: AppRequest[] = [];
    const app = await renderApp(
      <App sources={[makeSource()]} updates={updates} reactions={[]} onRequest={(request) => void requests.push(request)} />,
      { columns: 100, rows: 30 },
    );
    cleanup = () => app.instance.unmount();
    const detail = await app.press(KEYS.enter);
    expect(detail).toContain('Links (3) — l to open or copy one');
    expect(detail).toContain('[1] https://wire.example/story');
    expect(detail).toContain('[3] https://gov.example/order.pdf');
    const list = await app.press('l');
    expect(list).toContain('Links (3)   Enter opens · y copies · Esc back');
    expect(lineWith(list, '[1]')).toContain('› [1] https://wire.example/story');
    await app.press('j');
    await app.press(KEYS.enter, { expectChange: false });
    await app.press('G');
    await app.press('y', { expectChange: false });
    expect(requests).toEqual([
      { type: 'open-link', url: 'https://wire.example/map' },
      { type: 'copy-link', url: 'https://gov.example/order.pdf' },
    ]);
    const back = await app.press(KEYS.escape);
    expect(back).toContain('The order is published at');
    // J reads on; an update with no links says so when l is pressed.
    await app.press('J');
    const none = await app.press('l');
    expect(none).toContain('No links in this update');
  });
});
