// The status bar's key hints, by what is on screen, built from the keymap so they
// name the keys the reader actually has.
import { KEYMAP, keyLabels, type Command } from './keymap.js';

function firstLabel(command: Command): string {
  const binding = KEYMAP.find((candidate) => candidate.command === command);
  return binding === undefined ? '' : (keyLabels(binding)[0] ?? '');
}

/** The status bar's key hints, built from the same table. */
export function statusHints(view: 'panes' | 'detail' | 'list' | 'prompt'): string {
  const move = `${firstLabel('moveUp')}${firstLabel('moveDown')}`;
  const hints: Record<typeof view, string[][]> = {
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
  };
  return hints[view].map(([keys, what]) => `${keys} ${what}`).join(' · ');
}
