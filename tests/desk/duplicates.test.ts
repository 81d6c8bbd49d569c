import { describe, expect, it } from 'vitest';
import type { Update } from '../../src/model.js';
import { updateKey } from '../../src/desk/update-key.js';
import { compareNewestFirst } from '../../src/desk/timeline-order.js';
import { DuplicateFinder, findDuplicates, type DuplicateIndex } from '../../src/desk/duplicates.js';

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

  it('as the timeline grows, shrinks and is edited, finds what a fresh look at each timeline finds', () => {
    // A repeatable stream: four outlets, headlines drawn from a few stories so copies are common.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const stories = ['France condemns Mali mutiny', 'ECOWAS urges soldiers back to barracks', 'Mali PM calls for dialogue', 'Gunfire heard at Kati camp', 'Protesters gather in Bamako square'];
    const finder = new DuplicateFinder();
    let timeline: Update[] = [];
    let hiddenSeen = 0;
    for (let step = 0; step < 150; step++) {
      const story = stories[Math.floor(random() * stories.length)]!;
      const title = random() < 0.5 ? story : `${story} ${['again', 'today', 'update'][step % 3]}`;
      const arrival = update(`outlet-${step % 4}`, `item-${step}`, Math.floor(random() * 240), title);
      const next = [...timeline, arrival];
      // Now and then an edit (a new object for a known key) and a drop (the memory limit).
      if (step % 10 === 9) next[0] = { ...next[0]!, title: `${next[0]!.title} (corrected)` };
      if (step % 25 === 24) next.splice(0, 5);
      timeline = next.sort(compareNewestFirst);
      const incremental: DuplicateIndex = finder.find(timeline);
      const fresh = findDuplicates(timeline);
      expect([...incremental.hidden].sort()).toEqual([...fresh.hidden].sort());
      expect(new Map([...incremental.alsoReported].sort())).toEqual(new Map([...fresh.alsoReported].sort()));
      hiddenSeen += fresh.hidden.size;
    }
    // The stream has copies in it, so the comparison above was about something.
    expect(hiddenSeen).toBeGreaterThan(100);
  });

  it('leaves untimed updates alone and compares timed ones only with those near in time', () => {
    const first = update('wire', 'a', 0, 'France condemns Mali mutiny');
    const untimed = { ...update('paper', 'u', 0, 'France condemns Mali mutiny'), time: null };
    const far = update('paper', 'f', 31, 'France condemns Mali mutiny');
    const near = update('radio', 'n', 30, 'France condemns Mali mutiny');
    const index = new DuplicateFinder().find([far, near, first, untimed]);
    expect([...index.hidden]).toEqual([near.key]);
  });
});
