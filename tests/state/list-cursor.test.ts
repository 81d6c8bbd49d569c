import { describe, expect, it } from 'vitest';
import { jumpCursor, listWindow, moveCursor, pageCursor, settle } from '../../src/state/list-cursor.js';

const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);

describe('list cursor', () => {
  it('shows the first rows with nothing selected yet', () => {
    expect(listWindow(keys, { selectedKey: null, topKey: null }, 5)).toEqual({ start: 0, end: 5, selected: 0 });
  });

  it('scrolls only when the selection leaves the window', () => {
    let cursor = settle(keys, { selectedKey: null, topKey: null }, 5);
    for (let i = 0; i < 4; i++) cursor = moveCursor(keys, cursor, 1, 5);
    expect(cursor).toEqual({ selectedKey: 'k4', topKey: 'k0' });
    cursor = moveCursor(keys, cursor, 1, 5);
    expect(cursor).toEqual({ selectedKey: 'k5', topKey: 'k1' });
    cursor = moveCursor(keys, cursor, -1, 5);
    expect(cursor).toEqual({ selectedKey: 'k4', topKey: 'k1' });
  });

  it('clamps at both ends', () => {
    expect(moveCursor(keys, { selectedKey: 'k0', topKey: 'k0' }, -1, 5).selectedKey).toBe('k0');
    expect(moveCursor(keys, { selectedKey: 'k19', topKey: 'k15' }, 1, 5).selectedKey).toBe('k19');
  });

  it('pages by a window less one row, keeping the selection on its screen row', () => {
    const cursor = pageCursor(keys, { selectedKey: 'k1', topKey: 'k0' }, 1, 5);
    expect(cursor).toEqual({ selectedKey: 'k5', topKey: 'k4' });
    expect(pageCursor(keys, cursor, -1, 5)).toEqual({ selectedKey: 'k1', topKey: 'k0' });
  });

  it('takes the selection to the end when the page cannot scroll further', () => {
    expect(pageCursor(keys, { selectedKey: 'k16', topKey: 'k15' }, 1, 5).selectedKey).toBe('k19');
    expect(pageCursor(keys, { selectedKey: 'k2', topKey: 'k0' }, -1, 5).selectedKey).toBe('k0');
  });

  it('jumps to the top and the bottom', () => {
    expect(jumpCursor(keys, 'bottom', 5)).toEqual({ selectedKey: 'k19', topKey: 'k15' });
    expect(jumpCursor(keys, 'top', 5)).toEqual({ selectedKey: 'k0', topKey: 'k0' });
  });

  it('keeps the view still when items arrive above it', () => {
    const cursor = { selectedKey: 'k7', topKey: 'k5' };
    const grown = ['n2', 'n1', ...keys];
    expect(listWindow(grown, cursor, 5)).toEqual({ start: 7, end: 12, selected: 9 });
    expect(settle(grown, cursor, 5)).toEqual(cursor);
  });

  it('falls back to the first row when the selected item is gone', () => {
    expect(settle(keys, { selectedKey: 'gone', topKey: 'gone' }, 5)).toEqual({ selectedKey: 'k0', topKey: 'k0' });
  });

  it('handles an empty list', () => {
    expect(listWindow([], { selectedKey: 'x', topKey: 'x' }, 5)).toEqual({ start: 0, end: 0, selected: -1 });
    expect(moveCursor([], { selectedKey: null, topKey: null }, 1, 5)).toEqual({ selectedKey: null, topKey: null });
  });
});
