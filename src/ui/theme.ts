// Styles as plain data, so components stay free of colour decisions. Which set is
// used is decided once per dashboard (NO_COLOR, the config's `colours`) and handed
// down through React context (theme-context.ts), never changed in place.

const COLOURS = {
  border: 'gray',
  borderFocused: 'cyan',
  paneTitle: 'cyan',
  time: 'yellow',
  tag: 'magenta',
  actor: 'green',
  stance: 'yellow',
  muted: 'gray',
  error: 'red',
  highlight: 'yellow',
  added: 'green',
  removed: 'red',
  badgeNew: 'green',
  badgeEdited: 'yellow',
  alert: 'red',
  unread: 'cyan',
} as const;

export type Colours = { readonly [name in keyof typeof COLOURS]: string | undefined };

export interface Theme {
  colours: Colours;
  /** Colours that tell sources apart in a merged timeline. */
  sourceColours: readonly (string | undefined)[];
}

/** NO_COLOR (no-color.org): any non-empty value turns colour off; bold, inverse and marks remain. */
export function coloursWanted(env: NodeJS.ProcessEnv): boolean {
  return env.NO_COLOR === undefined || env.NO_COLOR === '';
}

const NO_COLOURS = Object.fromEntries(Object.keys(COLOURS).map((name) => [name, undefined])) as unknown as Colours;

const PALETTE = ['magenta', 'blue', 'green', 'cyan', 'yellow', 'red'] as const;

export const COLOUR_THEME: Theme = { colours: COLOURS, sourceColours: PALETTE };
export const PLAIN_THEME: Theme = { colours: NO_COLOURS, sourceColours: [undefined] };

/** The colour of the source at `index` among the desk's sources. */
export function sourceColour(theme: Theme, index: number): string | undefined {
  return theme.sourceColours[index % theme.sourceColours.length] ?? theme.colours.tag;
}

/** Marks the selected row without colour, so it shows under NO_COLOR and in plain captures. */
export const SELECTED_MARK = '› ';
/** The selection of the pane that does not have the focus. */
export const UNFOCUSED_MARK = '· ';
