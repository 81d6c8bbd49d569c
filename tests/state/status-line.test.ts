import { describe, expect, it } from 'vitest';
import { fitInfo } from '../../src/state/status-line.js';

describe('fitInfo', () => {
  const summary = 'Mali: soldiers mutiny at Kati base – live + Sahel Desk: world reactions';
  const counts = '21 updates (21 unread)';
  const reactions = '35 reactions';

  it('keeps everything when it fits, the tempo labelled', () => {
    expect(fitInfo('Blog', counts, reactions, '▁▃▅', 80)).toBe('Blog · 21 updates (21 unread) · 35 reactions · tempo ▁▃▅');
  });

  it('drops the tempo, then shortens the names, then drops the reactions; never the unread count first', () => {
    expect(fitInfo('Blog', counts, reactions, '▁▃▅', 50)).toBe('Blog · 21 updates (21 unread) · 35 reactions');
    const at80 = fitInfo(summary, counts, reactions, '▁▃▅', 80);
    expect(at80).toMatch(/^Mali: soldiers.*… · 21 updates \(21 unread\) · 35 reactions$/);
    expect(at80.length).toBeLessThanOrEqual(80);
    expect(fitInfo(summary, counts, reactions, '', 45)).toMatch(/^Mali: soldiers.*… · 21 updates \(21 unread\)$/);
    expect(fitInfo(summary, counts, reactions, '', 24)).toBe(counts);
    expect(fitInfo(summary, counts, reactions, '', 20)).toBe(counts.slice(0, 19) + '…');
  });
});
