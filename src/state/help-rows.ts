// The help overlay's rows, generated from the keymap the keys are resolved with, so
// the two cannot drift apart. Pure, so the reducer can scroll them.
import { KEYMAP, keyLabels } from './keymap.js';

export interface HelpRow {
  keys: string;
  description: string;
}

export const HELP_ROWS: readonly HelpRow[] = KEYMAP.map((binding) => ({ keys: keyLabels(binding).join(' '), description: binding.description }));
