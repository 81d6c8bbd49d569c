// Styles as plain data, so components stay free of colour decisions.

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

type Theme = { readonly [name in keyof typeof COLOURS]: string | undefined };

/** NO_COLOR (no-color.org): any non-empty value turns colour off; bold, inverse and marks remain. */
export function coloursWanted(env: NodeJS.ProcessEnv): boolean {
  return env.NO_COLOR === undefined || env.NO_COLOR === '';
}

export function themeFor(colour: boolean): Theme {
  if (colour) return COLOURS;
  return Object.fromEntries(Object.keys(COLOURS).map((name) => [name, undefined])) as unknown as Theme;
}

export const theme: Theme = { ...themeFor(coloursWanted(process.env)) };

const PALETTE = ['magenta', 'blue', 'green', 'cyan', 'yellow', 'red'];
/** Colours that tell sources apart in a merged timeline. */
export const SOURCE_COLOURS: (string | undefined)[] = coloursWanted(process.env) ? [...PALETTE] : [undefined];

/** For `colours: false` in the config file, applied before the first render. */
export function applyColourSetting(colour: boolean): void {
  Object.assign(theme, themeFor(colour));
  SOURCE_COLOURS.splice(0, SOURCE_COLOURS.length, ...(colour ? PALETTE : [undefined]));
}

/** Marks the selected row without colour, so it shows under NO_COLOR and in plain captures. */
export const SELECTED_MARK = '› ';
/** The selection of the pane that does not have the focus. */
export const UNFOCUSED_MARK = '· ';
