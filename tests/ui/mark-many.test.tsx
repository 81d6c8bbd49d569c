// A and C in the dashboard: the unread counts change with the key, and u straight after undoes it.
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { makeSource, makeUpdates } from '../fixtures/make-updates.js';
import { renderApp } from './ink-harness.js';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('marking many read in the dashboard', () => {
  it('C drops the unread count to nothing at once, u brings it back, and the archive hears both', async () => {
    const marks: Array<{ count: number; read: boolean }> = [];
    const app = await renderApp(
      <App sources={[makeSource()]} updates={makeUpdates(12)} reactions={[]} onReadChange={(keys, read) => marks.push({ count: keys.length, read })} />,
      { columns: 100, rows: 24 },
    );
    cleanup = () => app.instance.unmount();
    expect(app.frame()).toContain('12 updates (12 unread)');
    const marked = await app.press('C');
    expect(marked).not.toContain('unread)');
    expect(marked).toContain('12 marked read · u undoes');
    expect(marked).not.toMatch(/› • /);
    const undone = await app.press('u');
    expect(undone).toContain('12 marked unread again');
    await app.press('j');
    expect(app.frame()).toContain('12 updates (12 unread)');
    expect(marks).toEqual([
      { count: 12, read: true },
      { count: 12, read: false },
    ]);
  });
});
