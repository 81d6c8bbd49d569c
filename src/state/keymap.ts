// Keys are data: this one table drives the input handler, the help overlay and
// the README's key table, so the three can never disagree.

export type Command =
  | 'moveUp'
  | 'moveDown'
  | 'pageUp'
  | 'pageDown'
  | 'jumpTop'
  | 'jumpBottom'
  | 'nextPane'
  | 'previousPane'
  | 'open'
  | 'close'
  | 'quit'
  | 'forceQuit'
  | 'startFilter'
  | 'startSearch'
  | 'showSources'
  | 'toggleSourcesPane'
  | 'toggleRead'
  | 'nextUnread'
  | 'nextUpdate'
  | 'previousUpdate'
  | 'markSourceRead'
  | 'markAllRead'
  | 'openLink'
  | 'showLinks'
  | 'copyLink'
  | 'refreshSource'
  | 'refreshAll'
  | 'togglePause'
  | 'toggleReactionsView'
  | 'toggleHelp'
  // While the filter line is typed:
  | 'keepFilter'
  | 'clearFilter'
  | 'deleteFilterChar';

/** The subset of Ink's `Key` that the keymap reads; kept here so no Ink import is needed. */
export interface KeyPress {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  shift?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

type NamedKey = Exclude<keyof KeyPress, 'shift' | 'ctrl' | 'meta'>;

/** One way of pressing a command: a named key, or a character, with modifiers. */
export interface KeyChord {
  key?: NamedKey;
  char?: string;
  ctrl?: boolean;
  shift?: boolean;
  /** How the chord is written in help and README. */
  label: string;
}

export interface Binding {
  command: Command;
  chords: KeyChord[];
  description: string;
}

export const KEYMAP: readonly Binding[] = [
  {
    command: 'moveUp',
    chords: [{ key: 'upArrow', label: '↑' }, { char: 'k', label: 'k' }],
    description: 'Move the selection up (scroll up in the detail view)',
  },
  {
    command: 'moveDown',
    chords: [{ key: 'downArrow', label: '↓' }, { char: 'j', label: 'j' }],
    description: 'Move the selection down (scroll down in the detail view)',
  },
  {
    command: 'pageUp',
    chords: [{ key: 'pageUp', label: 'PgUp' }, { char: 'u', ctrl: true, label: 'Ctrl-U' }],
    description: 'Up one page',
  },
  {
    command: 'pageDown',
    chords: [{ key: 'pageDown', label: 'PgDn' }, { char: 'd', ctrl: true, label: 'Ctrl-D' }],
    description: 'Down one page',
  },
  {
    command: 'jumpTop',
    chords: [{ char: 'g', label: 'g' }, { key: 'home', label: 'Home' }],
    description: 'Jump to the top (newest)',
  },
  {
    command: 'jumpBottom',
    chords: [{ char: 'G', label: 'G' }, { key: 'end', label: 'End' }],
    description: 'Jump to the bottom (oldest)',
  },
  {
    command: 'nextPane',
    chords: [{ key: 'tab', label: 'Tab' }],
    description: 'Switch to the next pane',
  },
  {
    command: 'previousPane',
    chords: [{ key: 'tab', shift: true, label: 'Shift-Tab' }],
    description: 'Switch to the previous pane',
  },
  {
    command: 'open',
    chords: [{ key: 'return', label: 'Enter' }],
    description: 'Open the selected update (or the update of the selected reaction)',
  },
  {
    command: 'close',
    chords: [
      { key: 'escape', label: 'Esc' },
      { key: 'backspace', label: 'Backspace' },
      { key: 'delete', label: 'Backspace' },
    ],
    description: 'Close the detail view or help; clear the filter',
  },
  {
    command: 'quit',
    chords: [{ char: 'q', label: 'q' }],
    description: 'Close the detail view; quit from the main view',
  },
  {
    command: 'forceQuit',
    chords: [{ char: 'c', ctrl: true, label: 'Ctrl-C' }],
    description: 'Quit at once',
  },
  {
    command: 'startFilter',
    chords: [{ char: '/', label: '/' }],
    description: 'Filter the timeline by text (Enter keeps it, Esc clears it)',
  },
  {
    command: 'startSearch',
    chords: [{ char: 'f', label: 'f' }],
    description: 'Find in the archive: every update and reaction ever kept, of every source (Enter searches)',
  },
  {
    command: 'toggleReactionsView',
    chords: [{ char: 's', label: 's' }],
    description: 'Reactions grouped by actor, or in time order',
  },
  {
    command: 'toggleRead',
    chords: [{ char: 'u', label: 'u' }],
    description: 'Mark the selected update read or unread; straight after A or C, undo that',
  },
  {
    command: 'markSourceRead',
    chords: [{ char: 'A', label: 'A' }],
    description: 'Mark every update of the selected update’s source read',
  },
  {
    command: 'markAllRead',
    chords: [{ char: 'C', label: 'C' }],
    description: 'Mark every update read',
  },
  {
    command: 'nextUnread',
    chords: [{ char: 'n', label: 'n' }],
    description: 'Jump to the next unread update (in the detail view, open it)',
  },
  {
    command: 'nextUpdate',
    chords: [{ char: 'J', label: 'J' }],
    description: 'In the detail view: open the next (older) update',
  },
  {
    command: 'previousUpdate',
    chords: [{ char: 'K', label: 'K' }],
    description: 'In the detail view: open the previous (newer) update',
  },
  {
    command: 'openLink',
    chords: [{ char: 'o', label: 'o' }],
    description: 'Open the update’s link in the browser (http and https links only)',
  },
  {
    command: 'showLinks',
    chords: [{ char: 'l', label: 'l' }],
    description: 'In the detail view: list the links in the update’s text, to open or copy one',
  },
  {
    command: 'copyLink',
    chords: [{ char: 'y', label: 'y' }],
    description: 'Copy the update’s link to the clipboard (OSC 52)',
  },
  {
    command: 'refreshSource',
    chords: [{ char: 'r', label: 'r' }],
    description: 'Fetch the selected update’s source now',
  },
  {
    command: 'refreshAll',
    chords: [{ char: 'R', label: 'R' }],
    description: 'Fetch every source now',
  },
  {
    command: 'togglePause',
    chords: [{ char: 'p', label: 'p' }],
    description: 'Pause or resume polling',
  },
  {
    command: 'toggleSourcesPane',
    chords: [{ char: 'S', label: 'S' }],
    description: 'Sources: unread counts and health; Enter shows one source alone, or all again',
  },
  {
    command: 'showSources',
    chords: [{ char: 'i', label: 'i' }],
    description: 'About the sources: titles, summaries (a live blog’s lead) and errors',
  },
  {
    command: 'toggleHelp',
    chords: [{ char: '?', label: '?' }],
    description: 'Show or hide this help',
  },
];

/**
 * While the filter line is being typed these come first, and any other printable
 * key is text; keys neither covers (arrows, pages, Tab, Ctrl-C) keep their meaning.
 */
export const FILTER_KEYMAP: readonly Binding[] = [
  { command: 'keepFilter', chords: [{ key: 'return', label: 'Enter' }], description: 'Keep the filter and go back to the timeline' },
  { command: 'clearFilter', chords: [{ key: 'escape', label: 'Esc' }], description: 'Clear the filter' },
  {
    command: 'deleteFilterChar',
    chords: [
      { key: 'backspace', label: 'Backspace' },
      { key: 'delete', label: 'Backspace' },
    ],
    description: 'Delete the last character typed; on an empty filter, stop typing',
  },
];

function chordMatches(chord: KeyChord, input: string, key: KeyPress): boolean {
  if (Boolean(chord.ctrl) !== Boolean(key.ctrl)) return false;
  if (chord.key !== undefined) {
    if (!key[chord.key]) return false;
    // Shift only matters for named keys (Tab vs Shift-Tab); a character's case carries it.
    return Boolean(chord.shift) === Boolean(key.shift);
  }
  return chord.char === input;
}

/** The command a key press means in `keymap` (the dashboard's by default), or null when it means nothing there. */
export function commandForKey(input: string, key: KeyPress, keymap: readonly Binding[] = KEYMAP): Command | null {
  // Ink reports a lone Esc with meta set; any other Alt combination is unbound.
  if (key.meta && !key.escape) return null;
  for (const binding of keymap) {
    if (binding.chords.some((chord) => chordMatches(chord, input, key))) return binding.command;
  }
  return null;
}

/** "↑ k" — the distinct labels of a binding, for help and README. */
export function keyLabels(binding: Binding): string[] {
  return [...new Set(binding.chords.map((chord) => chord.label))];
}

/** The README's key table, generated so the documentation follows the code. */
export function keymapMarkdown(): string {
  const rows = KEYMAP.map((binding) => {
    const keys = keyLabels(binding).map((label) => `\`${label}\``).join(' ');
    return `| ${keys} | ${binding.description} |`;
  });
  return ['| keys | what they do |', '|---|---|', ...rows].join('\n');
}

/**
 * Ink hands over a chunk of plain bytes as one input ("jj" when a key repeats
 * faster than a frame, "j\r" from a quick typist or tmux send-keys). Split it
 * into one press per character so no key is lost.
 */
export function splitKeyPresses(input: string, key: KeyPress): Array<{ input: string; key: KeyPress }> {
  const chars = [...input];
  if (chars.length <= 1 || key.ctrl || key.meta) return [{ input, key }];
  return chars.map((char) => {
    const code = char.charCodeAt(0);
    if (char === '\r' || char === '\n') return { input: '', key: { return: true } };
    if (char === '\t') return { input: '', key: { tab: true } };
    if (code === 0x7f || code === 0x08) return { input: '', key: { delete: true } };
    if (code >= 1 && code <= 26) return { input: String.fromCharCode(code + 96), key: { ctrl: true } };
    return { input: char, key: { shift: /^[A-Z]$/.test(char) } };
  });
}
