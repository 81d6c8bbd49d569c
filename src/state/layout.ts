// Layout math as a pure function, so every size can be tested without a terminal.
// Ink redraws the whole screen when a frame is as tall as the terminal, so the
// root is kept one row shorter than the window.

export interface TerminalSize {
  columns: number;
  rows: number;
}

export interface PaneBox {
  width: number;
  height: number;
  /** Rows of content inside the border and title line. */
  bodyRows: number;
}

export type Layout =
  | { kind: 'too-small'; width: number; height: number }
  | {
      kind: 'panes';
      direction: 'row' | 'column';
      width: number;
      height: number;
      timeline: PaneBox;
      reactions: PaneBox;
      /** Detail view and help overlay replace both panes. */
      full: PaneBox;
      /** Too short for two stacked panes with rows in both: the focused one fills the space, Tab shows the other. */
      oneAtATime: boolean;
      statusRows: number;
    };

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;
export const SIDE_BY_SIDE_FROM = 100;
const STATUS_ROWS = 2;
// A pane spends two rows on its border and one on its title line.
const PANE_CHROME_ROWS = 3;
/** Below this many rows of content, a stacked reactions pane would be an empty box. */
const MIN_STACKED_BODY_ROWS = 2;

function paneBox(width: number, height: number): PaneBox {
  return { width, height, bodyRows: Math.max(0, height - PANE_CHROME_ROWS) };
}

export function calculateLayout(size: TerminalSize): Layout {
  const columns = Math.max(0, Math.floor(size.columns));
  const rows = Math.max(0, Math.floor(size.rows));
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    return { kind: 'too-small', width: columns, height: Math.max(1, rows - 1) };
  }
  const height = rows - 1;
  const paneArea = height - STATUS_ROWS;
  const full = paneBox(columns, paneArea);
  if (columns >= SIDE_BY_SIDE_FROM) {
    const timelineWidth = Math.round(columns * 0.55);
    return {
      kind: 'panes',
      direction: 'row',
      width: columns,
      height,
      timeline: paneBox(timelineWidth, paneArea),
      reactions: paneBox(columns - timelineWidth, paneArea),
      full,
      oneAtATime: false,
      statusRows: STATUS_ROWS,
    };
  }
  const timelineHeight = Math.ceil(paneArea * 0.6);
  const reactions = paneBox(columns, paneArea - timelineHeight);
  const oneAtATime = reactions.bodyRows < MIN_STACKED_BODY_ROWS;
  return {
    kind: 'panes',
    direction: 'column',
    width: columns,
    height,
    timeline: oneAtATime ? full : paneBox(columns, timelineHeight),
    reactions: oneAtATime ? full : reactions,
    full,
    oneAtATime,
    statusRows: STATUS_ROWS,
  };
}
