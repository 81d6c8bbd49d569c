// Styles as plain data, so components stay free of colour decisions.
export const theme = {
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
  alert: 'red',
  unread: 'cyan',
  badgeEdited: 'yellow',
} as const;

/** Colours that tell sources apart in a merged timeline. */
export const SOURCE_COLOURS = ['magenta', 'blue', 'green', 'cyan', 'yellow', 'red'] as const;

/** Marks the selected row without colour, so it shows under NO_COLOR and in plain captures. */
export const SELECTED_MARK = '› ';
/** The selection of the pane that does not have the focus. */
export const UNFOCUSED_MARK = '· ';
