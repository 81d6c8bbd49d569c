import { describe, expect, it } from 'vitest';
import type { Update } from '../../src/model.js';
import { compareNewestFirst } from '../../src/desk/timeline-order.js';
import { mergeUpdates } from '../../src/desk/merge-updates.js';
import { updateKey } from '../../src/desk/update-key.js';

const t0 = Date.UTC(2020, 7, 18, 16, 0);

function update(id: string, minutes: number | null, title = id): Update {
  return { id, key: updateKey('desk', id), sourceId: 'desk', time: minutes === null ? null : t0 + minutes * 60_000, timeText: null, title, body: '', link: null, author: null };
}

describe('mergeUpdates', () => {
  it('puts new updates in time order among the known ones, ties after what was known, untimed last', () => {
    const known = [update('c', 30), update('b', 20), update('a', 10), update('x', null)];
    const { updates, added } = mergeUpdates(known, [update('d', 25), update('e', 20), update('f', null), update('g', 40)]);
    expect(updates.map((u) => u.id)).toEqual(['g', 'c', 'd', 'b', 'e', 'a', 'x', 'f']);
    expect(added.map((u) => u.id)).toEqual(['d', 'e', 'f', 'g']);
  });

  it('keeps an edit in its place, and moves it when its time changed', () => {
    const known = [update('c', 30), update('b', 20), update('a', 10)];
    const inPlace = mergeUpdates(known, [update('b', 20, 'b, corrected')]);
    expect(inPlace.updates.map((u) => u.title)).toEqual(['c', 'b, corrected', 'a']);
    expect(inPlace.edited.map((edit) => edit.before)).toEqual([known[1]]);
    const moved = mergeUpdates(known, [update('b', 35, 'b, corrected')]);
    expect(moved.updates.map((u) => u.id)).toEqual(['b', 'c', 'a']);
  });

  it('hands back the same timeline for a read that brought nothing, so nothing downstream redraws', () => {
    const known = [update('b', 20), update('a', 10)];
    const quiet = mergeUpdates(known, []);
    expect(quiet.updates).toBe(known);
    expect(quiet).toMatchObject({ added: [], edited: [] });
  });

  it('over many random arrivals, gives the order a full stable sort would', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let timeline: Update[] = [];
    for (let step = 0; step < 200; step++) {
      // A source's read never lists one id twice (normaliseUpdates sees to that).
      const drawn = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) =>
        update(`u${Math.floor(random() * 300)}`, random() < 0.1 ? null : Math.floor(random() * 60), `t${step}-${i}`),
      );
      const incoming = [...new Map(drawn.map((u) => [u.key, u])).values()];
      const { updates } = mergeUpdates(timeline, incoming);
      const byKey = new Map(timeline.map((u) => [u.key, u]));
      for (const u of incoming) if (!byKey.has(u.key) || byKey.get(u.key)!.title !== u.title) byKey.set(u.key, u);
      expect(updates.map((u) => u.key)).toEqual([...byKey.values()].sort(compareNewestFirst).map((u) => u.key));
      timeline = updates;
    }
    expect(timeline.length).toBeGreaterThan(150);
  });
});
