import { describe, expect, it } from 'vitest';
import { createDeskTracker } from '../../src/desk/desk-tracker.js';
import { notificationFor } from '../../src/monitor/notification.js';
import { extractReactions } from '../../src/reactions/extract-reactions.js';
import { makeUpdates } from '../fixtures/make-updates.js';

describe('notificationFor', () => {
  const [update] = makeUpdates(1);

  it('rings the bell and sends OSC 9 with the headline', () => {
    expect(notificationFor(update!, null)).toBe('\x07\x1b]9;livedesk: Update 1\x07');
  });

  it('only for updates matching --alert', () => {
    expect(notificationFor(update!, /barracks/i)).toBeNull();
    expect(notificationFor({ ...update!, body: 'Soldiers return to barracks' }, /barracks/i)).not.toBeNull();
  });

  it('cannot be ended early or hijacked by the headline', () => {
    const hostile = { ...update!, title: 'Hi\x07\x1b]52;c;cm0=\x07\x1b[2J' };
    const sequence = notificationFor(hostile, null)!;
    const inner = sequence.slice('\x07\x1b]9;'.length, -1);
    expect(inner).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
  });
});

describe('createDeskTracker', () => {
  it('reports what is new and what was edited, once', () => {
    const tracker = createDeskTracker();
    const updates = makeUpdates(3);
    expect(tracker.apply(updates, []).added).toHaveLength(3);
    expect(tracker.apply(updates, []).added).toHaveLength(0);
    const edited = { ...updates[1]!, body: 'More detail.' };
    const changes = tracker.apply([edited], []);
    expect(changes.edited.map((u) => u.body)).toEqual(['More detail.']);
  });

  it('an edit reports only the reactions it brought, not the ones already reported', () => {
    const tracker = createDeskTracker();
    const [first] = makeUpdates(1);
    const before = { ...first!, body: '“We urge calm,” the mayor said.' };
    const after = { ...before, body: `${before.body} “The curfew starts at ten,” police said.` };
    expect(tracker.apply([before], extractReactions(before)).reactions.map((r) => r.text)).toEqual(['We urge calm']);
    const changes = tracker.apply([after], extractReactions(after));
    expect(changes.edited).toHaveLength(1);
    expect(changes.reactions.map((r) => r.text)).toEqual(['The curfew starts at ten']);
  });

  it('remembers a bounded number of updates, but never forgets one its source still lists', () => {
    const tracker = createDeskTracker({ perSource: 3, total: 3 });
    const updates = makeUpdates(5); // Update 5 (newest) … Update 1
    // All five listed at once: over the limit, but none may be forgotten while listed.
    expect(tracker.apply(updates, []).added).toHaveLength(5);
    expect(tracker.apply(updates, []).added).toHaveLength(0);
    // The feed now lists only the newest: the two oldest are let go, and come back as news.
    expect(tracker.apply(updates.slice(0, 1), []).added).toHaveLength(0);
    expect(tracker.apply(updates.slice(3), []).added.map((u) => u.title)).toEqual(['Update 2', 'Update 1']);
  });
});
