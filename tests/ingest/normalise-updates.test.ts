import { describe, expect, it } from 'vitest';
import type { ParsedUpdate } from '../../src/model.js';
import { normaliseUpdates } from '../../src/ingest/normalise-updates.js';

function parsed(overrides: Partial<ParsedUpdate>): ParsedUpdate {
  return { id: null, time: null, timeText: null, title: 'Title', body: '', link: null, author: null, ...overrides };
}

describe('normaliseUpdates', () => {
  it('takes the id from the feed, else the link, else a hash of time and title', () => {
    const [withId, withLink, hashed] = normaliseUpdates('s', [
      parsed({ id: 'guid-1', link: 'https://example.org/a', time: 3 }),
      parsed({ link: 'https://example.org/b', time: 2 }),
      parsed({ title: 'No id', time: 1 }),
    ]);
    expect(withId!.id).toBe('guid-1');
    expect(withLink!.id).toBe('https://example.org/b');
    expect(hashed!.id).toMatch(/^h-[0-9a-f]{16}$/);
  });

  it('gives the same hash id on every read, and a different one for a different title', () => {
    const first = normaliseUpdates('s', [parsed({ title: 'Same', time: 5 })])[0]!;
    const again = normaliseUpdates('s', [parsed({ title: 'Same', time: 5 })])[0]!;
    const other = normaliseUpdates('s', [parsed({ title: 'Other', time: 5 })])[0]!;
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
  });

  it('folds the same id twice into one update, keeping the first', () => {
    const updates = normaliseUpdates('s', [parsed({ id: 'x', title: 'First' }), parsed({ id: 'x', title: 'Second' })]);
    expect(updates.map((u) => u.title)).toEqual(['First']);
  });

  it('sorts newest first and puts updates without a time last, in document order', () => {
    const updates = normaliseUpdates('s', [
      parsed({ id: 'a', time: null }),
      parsed({ id: 'b', time: 10 }),
      parsed({ id: 'c', time: null }),
      parsed({ id: 'd', time: 20 }),
    ]);
    expect(updates.map((u) => u.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('sanitises every text field', () => {
    const [update] = normaliseUpdates('s', [
      parsed({ title: 'Hi\x1b]0;owned\x07', body: 'x\x1b[2Jy', author: 'A\u202eB', link: 'https://e.org/\x07', id: 'i' }),
    ]);
    expect(update!.title).toBe('Hi␛]0;owned␇');
    expect(update!.body).toBe('x␛[2Jy');
    expect(update!.author).toBe('A\uFFFDB');
    expect(update!.link).toBe('https://e.org/␇');
  });

  it('keys updates by source so equal ids from two sources stay apart', () => {
    const [a] = normaliseUpdates('one', [parsed({ id: '1' })]);
    const [b] = normaliseUpdates('two', [parsed({ id: '1' })]);
    expect(a!.key).not.toBe(b!.key);
  });
});
