// A list's selection and scroll position, both held as item keys rather than
// indexes: when new items arrive above, the reader's view does not move.

export interface ListCursor {
  selectedKey: string | null;
  /** Key of the first visible row. */
  topKey: string | null;
}

export const EMPTY_CURSOR: ListCursor = { selectedKey: null, topKey: null };

export interface ListWindow {
  /** Index of the first visible row. */
  start: number;
  /** One past the last visible row. */
  end: number;
  /** Index of the selected row, or -1 for none. */
  selected: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Where the list sits on screen: the stored top row, moved only as far as
 * needed to keep the selection visible and the window full.
 */
export function listWindow(keys: readonly string[], cursor: ListCursor, rows: number): ListWindow {
  if (keys.length === 0 || rows <= 0) return { start: 0, end: 0, selected: -1 };
  const foundSelected = cursor.selectedKey === null ? -1 : keys.indexOf(cursor.selectedKey);
  const selected = foundSelected === -1 ? 0 : foundSelected;
  const storedTop = cursor.topKey === null ? -1 : keys.indexOf(cursor.topKey);
  let start = storedTop === -1 ? selected : storedTop;
  if (selected < start) start = selected;
  if (selected >= start + rows) start = selected - rows + 1;
  start = clamp(start, 0, Math.max(0, keys.length - rows));
  return { start, end: Math.min(keys.length, start + rows), selected };
}

/** Moves the selection by `delta` rows (clamped) and scrolls just enough to show it. */
export function moveCursor(
  keys: readonly string[],
  cursor: ListCursor,
  delta: number,
  rows: number,
): ListCursor {
  if (keys.length === 0) return EMPTY_CURSOR;
  const current = listWindow(keys, cursor, rows);
  const target = clamp(current.selected + delta, 0, keys.length - 1);
  return settle(keys, { selectedKey: keys[target] ?? null, topKey: keys[current.start] ?? null }, rows);
}

/** Moves a whole page: the view scrolls by a page and the selection keeps its row on screen. */
export function pageCursor(
  keys: readonly string[],
  cursor: ListCursor,
  direction: 1 | -1,
  rows: number,
): ListCursor {
  if (keys.length === 0) return EMPTY_CURSOR;
  const page = Math.max(1, rows - 1);
  const current = listWindow(keys, cursor, rows);
  const maxStart = Math.max(0, keys.length - rows);
  const start = clamp(current.start + direction * page, 0, maxStart);
  const offset = current.selected - current.start;
  let target = clamp(start + offset, 0, keys.length - 1);
  // At either end a page key still takes the selection all the way.
  if (start === current.start) target = direction === 1 ? keys.length - 1 : 0;
  return settle(keys, { selectedKey: keys[target] ?? null, topKey: keys[start] ?? null }, rows);
}

export function jumpCursor(keys: readonly string[], to: 'top' | 'bottom', rows: number): ListCursor {
  if (keys.length === 0) return EMPTY_CURSOR;
  const target = to === 'top' ? 0 : keys.length - 1;
  return settle(keys, { selectedKey: keys[target] ?? null, topKey: to === 'top' ? keys[0] ?? null : null }, rows);
}

/** Stores the window actually shown, so the next frame starts from what the reader saw. */
export function settle(keys: readonly string[], cursor: ListCursor, rows: number): ListCursor {
  if (keys.length === 0) return EMPTY_CURSOR;
  const window = listWindow(keys, cursor, rows);
  return { selectedKey: keys[window.selected] ?? null, topKey: keys[window.start] ?? null };
}

/** Keys that move a list, and the one way each moves it. */
export type ListMove = 'moveUp' | 'moveDown' | 'pageUp' | 'pageDown' | 'jumpTop' | 'jumpBottom';

/** Where a list's cursor goes for a key; null for a key that does not move a list. */
export function cursorMovedBy(command: string, keys: readonly string[], cursor: ListCursor, rows: number): ListCursor | null {
  switch (command as ListMove) {
    case 'moveUp':
      return moveCursor(keys, cursor, -1, rows);
    case 'moveDown':
      return moveCursor(keys, cursor, 1, rows);
    case 'pageUp':
      return pageCursor(keys, cursor, -1, rows);
    case 'pageDown':
      return pageCursor(keys, cursor, 1, rows);
    case 'jumpTop':
      return jumpCursor(keys, 'top', rows);
    case 'jumpBottom':
      return jumpCursor(keys, 'bottom', rows);
    default:
      return null;
  }
}
