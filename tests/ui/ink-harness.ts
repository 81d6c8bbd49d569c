// One way to drive every component test: write a key, wait until the frame
// changes, then yield once more so effects re-subscribe before the next key.
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';

export const KEYS = {
  up: '\x1b[A',
  down: '\x1b[B',
  pageUp: '\x1b[5~',
  pageDown: '\x1b[6~',
  home: '\x1b[H',
  end: '\x1b[F',
  tab: '\t',
  shiftTab: '\x1b[Z',
  enter: '\r',
  escape: '\x1b',
  backspace: '\x7f',
  ctrlC: '\x03',
  ctrlD: '\x04',
  ctrlU: '\x15',
} as const;

/** One turn of the event loop: whatever a key or an event scheduled has run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setTimeout(resolve, 0)));
}

/** Renders at a terminal size; ink-testing-library's stdout is 100 columns and has no rows. */
export async function renderApp(element: ReactElement, size = { columns: 100, rows: 30 }) {
  const instance = render(element);
  Object.defineProperty(instance.stdout, 'columns', { value: size.columns, configurable: true });
  Object.defineProperty(instance.stdout, 'rows', { value: size.rows, configurable: true });
  instance.stdout.emit('resize');
  await settle();
  const frame = () => instance.lastFrame() ?? '';

  async function press(sequence: string, { expectChange = true } = {}): Promise<string> {
    const before = frame();
    instance.stdin.write(sequence);
    const deadline = Date.now() + 2_000;
    while (expectChange && frame() === before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await settle();
    if (expectChange && frame() === before) throw new Error(`frame did not change after ${JSON.stringify(sequence)}`);
    return frame();
  }

  return { instance, frame, press };
}

/** The line of the frame that contains `text`, for asserting where things are. */
export function lineWith(frame: string, text: string): string {
  return frame.split('\n').find((line) => line.includes(text)) ?? '';
}

/** For effects that show no frame change. */
export { waitFor } from '../wait-for.js';
