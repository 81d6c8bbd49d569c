import { describe, expect, it } from 'vitest';
import type { Update } from '../../src/model.js';
import { updateKey } from '../../src/normalise-updates.js';
import { findDuplicates } from '../../src/state/duplicates.js';

const t0 = Date.UTC(2020, 7, 18, 16, 0);

function update(sourceId: string, id: string, minutes: number, title: string): Update {
  return { id, key: updateKey(sourceId, id), sourceId, time: t0 + minutes * 60_000, timeText: null, title, body: '', link: null, author: null };
}

describe('findDuplicates', () => {
  it('shows the first report of a development once and hides the other outlet’s copy', () => {
    const first = update('wire', 'a', 0, 'France condemns Mali mutiny');
    const copy = update('paper', 'b', 6, 'France condemns mutiny in Mali');
    const index = findDuplicates([copy, first]);
    expect([...index.hidden]).toEqual([copy.key]);
    expect(index.alsoReported.get(first.key)).toEqual([copy]);
  });

  it('keeps similar headlines from the same source, far apart in time, or about something else', () => {
    const updates = [
      update('wire', 'c', 90, 'France condemns Mali mutiny'),
      update('wire', 'b', 5, 'France condemns Mali mutiny again'),
      update('paper', 'x', 3, 'ECOWAS urges soldiers back to barracks'),
      update('wire', 'a', 0, 'France condemns Mali mutiny'),
    ];
    expect(findDuplicates(updates).hidden.size).toBe(0);
  });
});
