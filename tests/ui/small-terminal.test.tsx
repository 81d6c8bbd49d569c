import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { makeReaction, makeSource, makeUpdates } from '../fixtures/make-updates.js';
import { KEYS, renderApp } from './ink-harness.js';

const updates = makeUpdates(20);
const reactions = [makeReaction(updates[1]!, 0, 'ECOWAS', 'return to barracks')];

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function start(columns: number, rows: number) {
  const app = await renderApp(<App sources={[makeSource()]} updates={updates} reactions={reactions} />, { columns, rows });
  cleanup = () => app.instance.unmount();
  return app;
}

describe('small terminals', () => {
  it('says in full that a 35×8 terminal is too small', async () => {
    const { frame } = await start(35, 8);
    const text = frame().split('\n').map((line) => line.trimEnd()).join(' ');
    expect(text).toContain('Terminal too small (35×8): livedesk needs at least 40×10.');
    expect(frame().split('\n').every((line) => line.length <= 35)).toBe(true);
  });

  it('at 40×10 shows the focused pane with rows in it, and Tab shows the other', async () => {
    const { frame, press } = await start(40, 10);
    expect(frame()).toContain('Update 20');
    expect(frame()).toContain('Update 19');
    expect(frame()).not.toContain('Reactions');
    const reactionsShown = await press(KEYS.tab);
    expect(reactionsShown).toContain('Reactions');
    expect(reactionsShown).toContain('ECOWAS');
    expect(reactionsShown).not.toContain('Update 20');
    expect(frame().split('\n').length).toBeLessThanOrEqual(9);
  });
});
