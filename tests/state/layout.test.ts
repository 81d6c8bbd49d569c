import { describe, expect, it } from 'vitest';
import { calculateLayout } from '../../src/state/layout.js';

describe('calculateLayout', () => {
  it('puts the panes side by side from 100 columns', () => {
    const layout = calculateLayout({ columns: 160, rows: 48 });
    expect(layout.kind).toBe('panes');
    if (layout.kind !== 'panes') return;
    expect(layout.direction).toBe('row');
    expect(layout.timeline.width + layout.reactions.width).toBe(160);
    expect(layout.timeline.height).toBe(layout.reactions.height);
  });

  it('stacks the panes below 100 columns and stays usable at 80×24', () => {
    const layout = calculateLayout({ columns: 80, rows: 24 });
    expect(layout.kind).toBe('panes');
    if (layout.kind !== 'panes') return;
    expect(layout.direction).toBe('column');
    expect(layout.timeline.width).toBe(80);
    expect(layout.timeline.bodyRows).toBeGreaterThanOrEqual(8);
    expect(layout.reactions.bodyRows).toBeGreaterThanOrEqual(4);
  });

  it('keeps the frame one row shorter than the terminal', () => {
    for (const size of [{ columns: 80, rows: 24 }, { columns: 160, rows: 48 }, { columns: 40, rows: 10 }]) {
      const layout = calculateLayout(size);
      if (layout.kind !== 'panes') throw new Error(`expected panes at ${size.columns}×${size.rows}`);
      expect(layout.height).toBe(size.rows - 1);
      const panes =
        layout.direction === 'row' || layout.oneAtATime ? layout.timeline.height : layout.timeline.height + layout.reactions.height;
      expect(panes + layout.statusRows).toBe(layout.height);
    }
  });

  it('says too small below 40×10', () => {
    expect(calculateLayout({ columns: 39, rows: 24 }).kind).toBe('too-small');
    expect(calculateLayout({ columns: 80, rows: 9 }).kind).toBe('too-small');
    expect(calculateLayout({ columns: 40, rows: 10 }).kind).toBe('panes');
  });

  it('shows one stacked pane at a time where two would leave an empty box', () => {
    const small = calculateLayout({ columns: 40, rows: 10 });
    if (small.kind !== 'panes') throw new Error('expected panes');
    expect(small.oneAtATime).toBe(true);
    expect(small.timeline.bodyRows).toBeGreaterThanOrEqual(4);
    expect(small.reactions).toEqual(small.timeline);
    for (let rows = 10; rows <= 60; rows++) {
      const layout = calculateLayout({ columns: 80, rows });
      if (layout.kind !== 'panes') throw new Error('expected panes');
      if (!layout.oneAtATime) expect(layout.reactions.bodyRows).toBeGreaterThanOrEqual(2);
    }
    const usual = calculateLayout({ columns: 80, rows: 24 });
    expect(usual.kind === 'panes' && usual.oneAtATime).toBe(false);
  });
});
