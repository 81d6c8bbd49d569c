// The status bar's key hints, by what is on screen, built from the keymap so they
// name the keys the reader actually has.
import { KEYMAP, keyLabels, type Command } from './keymap.js';

function firstLabel(command: Command): string {
  const binding = KEYMAP.find((candidate) => candidate.command === command);
  return binding === undefined ? '' : (keyLabels(binding)[0] ?? '');
}

type HintsView = 'panes' | 'detail' | 'list' | 'prompt';

const move = `${firstLabel('moveUp')}${firstLabel('moveDown')}`;

// The keymap is fixed, so each view's line is written once, not on every render of the status bar.
const HINTS: Record<HintsView, string> = Object.fromEntries(
  Object.entries({
    panes: [
      [move, 'move'],
      [firstLabel('open'), 'open'],
      [firstLabel('nextPane'), 'pane'],
      [firstLabel('startFilter'), 'filter'],
      [firstLabel('toggleHelp'), 'help'],
      [firstLabel('quit'), 'quit'],
    ],
    detail: [
      [move, 'scroll'],
      [`${firstLabel('pageUp')}/${firstLabel('pageDown')}`, 'page'],
      [`${firstLabel('nextUpdate')}/${firstLabel('previousUpdate')}`, 'next/previous'],
      [firstLabel('showLinks'), 'links'],
      [firstLabel('close'), 'back'],
      [firstLabel('toggleHelp'), 'help'],
    ],
    prompt: [
      [firstLabel('open'), 'search'],
      [firstLabel('close'), 'back'],
    ],
    list: [
      [move, 'move'],
      [firstLabel('open'), 'choose'],
      [firstLabel('close'), 'back'],
      [firstLabel('toggleHelp'), 'help'],
    ],
  } satisfies Record<HintsView, string[][]>).map(([view, hints]) => [view, hints.map(([keys, what]) => `${keys} ${what}`).join(' · ')]),
) as Record<HintsView, string>;

/** The status bar's key hints, built from the same table. */
export function statusHints(view: HintsView): string {
  return HINTS[view];
}
