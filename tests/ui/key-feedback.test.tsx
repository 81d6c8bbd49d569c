// What a key did, in the status line: r R p with only files, o and y with a link, and a
// problem the browser had, which takes the place of what o said.
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';
import { renderApp } from './ink-harness.js';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('feedback for every key', () => {
  it('says what each key did at 80 columns', async () => {
    const updates = makeUpdates(3).map((update) => ({ ...update, link: `https://desk.example/${update.id}` }));
    const app = await renderApp(
      <App
        sources={[makeSource()]}
        updates={updates}
        reactions={[]}
        onRequest={(request) => (request.type === 'open-link' ? 'no browser: xdg-open is not installed (set $BROWSER)' : null)}
      />,
      { columns: 80, rows: 24 },
    );
    cleanup = () => app.instance.unmount();
    const statusLine = (frame: string) => frame.split('\n').at(-2) ?? '';
    expect(statusLine(await app.press('r'))).toContain('A file: read again when it changes');
    expect(statusLine(await app.press('R'))).toContain('Nothing to fetch: only files');
    expect(statusLine(await app.press('p'))).toContain('Nothing to pause: only files');
    expect(statusLine(await app.press('y'))).toContain('Copied https://desk.example/u3');
    expect(statusLine(await app.press('o'))).toContain('⚠ no browser: xdg-open is not installed');
  });
});
