import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchiveSession } from '../../src/archive/archive-session.js';
import { isArchiveOpenError } from '../../src/archive/archive.js';
import { splitRecent } from '../../src/desk/memory-policy.js';
import { SOURCE_KINDS, type Update } from '../../src/model.js';
import { makeReaction, makeSource, makeUpdates, START } from '../fixtures/make-updates.js';
import { mustOpen, useTempDir } from './temp-archive.js';

const tempDir = useTempDir();
const archivePath = () => join(tempDir(), 'nested', 'archive.db');

describe('archive: history across restarts', () => {
  it('reopens on the same desk it closed with', () => {
    const path = archivePath();
    const first = mustOpen(path);
    const source = makeSource();
    const updates = makeUpdates(6);
    const reactions = [makeReaction(updates[0]!, 1, 'UN', 'We are concerned.'), makeReaction(updates[2]!, 1, null, 'Calm.')];
    first.upsertSource(source);
    first.saveUpdates(source.id, updates, reactions, START);
    const before = first.loadDesk();
    first.close();

    const second = mustOpen(path);
    const after = second.loadDesk();
    second.close();
    expect(after).toEqual(before);
    expect(after).toEqual({ sources: [source], updates, reactions });
  });

  it('keeps updates that rolled off the feed', () => {
    const archive = mustOpen(archivePath());
    const updates = makeUpdates(5);
    archive.upsertSource(makeSource());
    expect(archive.saveUpdates('demo', updates, [], START).added).toHaveLength(5);
    // The next poll sees only the two newest.
    const later = archive.saveUpdates('demo', updates.slice(0, 2), [], START + 60_000);
    expect(later).toEqual({ added: [], edited: [] });
    expect(archive.loadDesk().updates).toEqual(updates);
    archive.close();
  });

  it('orders several sources newest first, undated updates last', () => {
    const archive = mustOpen(archivePath());
    const a = makeUpdates(3, 'a');
    const b = makeUpdates(2, 'b').map((u, i) => ({ ...u, time: START - 30_000 - i * 60_000 }));
    const undated: Update = { ...makeUpdates(1, 'b')[0]!, id: 'x', key: 'b\u0000x', time: null, timeText: 'earlier' };
    archive.saveUpdates('a', a, [], START);
    archive.saveUpdates('b', [...b, undated], [], START);
    expect(archive.loadDesk().updates.map((u) => u.key)).toEqual([a[0], b[0], a[1], b[1], a[2], undated].map((u) => u!.key));
    expect(archive.loadDesk(['b']).updates.map((u) => u.sourceId)).toEqual(['b', 'b', 'b']);
    expect(archive.loadDesk(['b']).sources.map((s) => s.id)).toEqual(['b']);
    // --since: the undated update counts from when it was first seen.
    expect(archive.loadDesk(null, START - 60_000).updates).toHaveLength(4);
    archive.close();
  });
});

describe('archive: a desk within the in-memory limits', () => {
  it('reads only what the dashboard would keep: the newest of each source, up to the total', () => {
    const archive = mustOpen(archivePath());
    // Three sources interleaved in time, one with an undated update.
    const a = makeUpdates(6, 'a');
    const b = makeUpdates(4, 'b').map((u, i) => ({ ...u, time: START - 30_000 - i * 60_000 }));
    const c = makeUpdates(3, 'c').map((u, i) => ({ ...u, time: START - 10 * 60_000 - i * 60_000 }));
    const undated: Update = { ...makeUpdates(1, 'b')[0]!, id: 'x', key: 'b\u0000x', time: null, timeText: 'earlier' };
    archive.saveUpdates('a', a, [makeReaction(a[0]!, 1, 'UN', 'Kept.'), makeReaction(a[5]!, 1, null, 'Left out.')], START);
    archive.saveUpdates('b', [...b, undated], [makeReaction(b[1]!, 1, 'Ministry', 'Kept too.')], START);
    archive.saveUpdates('c', c, [makeReaction(c[0]!, 1, null, 'Newest of c.'), makeReaction(c[2]!, 1, null, 'Oldest of c.')], START);
    const policy = { perSource: 3, total: 7 };

    const whole = archive.loadDesk();
    const kept = splitRecent(whole.updates, new Set(), policy).kept;
    const limited = archive.loadDesk(null, null, policy);
    expect(limited.updates).toEqual(kept);
    expect(limited.updates).toHaveLength(7);
    const keys = new Set(kept.map((u) => u.key));
    expect(limited.reactions).toEqual(whole.reactions.filter((r) => keys.has(r.updateKey)));
    expect(limited.reactions.map((r) => r.text)).toEqual(['Kept.', 'Kept too.', 'Newest of c.']);
    expect(limited.sources).toEqual(whole.sources);
    // With sources named and a since, as without limits.
    expect(archive.loadDesk(['b'], null, policy).updates).toEqual(splitRecent(archive.loadDesk(['b']).updates, new Set(), policy).kept);
    expect(archive.loadDesk(null, START - 60_000, policy).updates).toEqual(splitRecent(archive.loadDesk(null, START - 60_000).updates, new Set(), policy).kept);
    archive.close();
  });

  it('is what a session opened with limits starts from; without them, the whole history', () => {
    const path = archivePath();
    const archive = mustOpen(path);
    const updates = makeUpdates(5);
    archive.upsertSource(makeSource());
    archive.saveUpdates('demo', updates, [], START);
    archive.close();
    const source = makeSource();
    for (const [keep, expected] of [[{ perSource: 2, total: 10 }, 2], [undefined, 5]] as const) {
      const session = openArchiveSession(path, { keep });
      if (isArchiveOpenError(session)) throw new Error(session.message);
      expect(session.history([source]).updates).toEqual(updates.slice(0, expected));
      const loaded = { sources: [source], updates: [], reactions: [] };
      expect(session.start(loaded, START).desk.updates).toEqual(updates.slice(0, expected));
      session.finish(START);
    }
  });
});

describe('archive: edits', () => {
  it('reports an edit and keeps the earlier version', () => {
    const archive = mustOpen(archivePath());
    const [original] = makeUpdates(1);
    archive.saveUpdates('demo', [original!], [], START);
    const corrected = { ...original!, body: 'Corrected body.' };
    const result = archive.saveUpdates('demo', [corrected], [], START + 1000);
    expect(result).toEqual({ added: [], edited: [{ before: original, after: corrected }] });
    const again = { ...corrected, title: 'New title' };
    archive.saveUpdates('demo', [again], [], START + 2000);
    expect(archive.loadDesk().updates).toEqual([again]);
    expect(archive.versionsOf(original!.key)).toEqual([
      { update: original, firstSeen: START, replacedAt: START + 1000 },
      { update: corrected, firstSeen: START, replacedAt: START + 2000 },
    ]);
    archive.close();
  });

  it('does not count a changed time alone as an edit', () => {
    const archive = mustOpen(archivePath());
    const [original] = makeUpdates(1);
    archive.saveUpdates('demo', [original!], [], START);
    const retimed = { ...original!, time: START + 5 };
    expect(archive.saveUpdates('demo', [retimed], [], START + 1).edited).toEqual([]);
    expect(archive.loadDesk().updates).toEqual([retimed]);
    expect(archive.versionsOf(original!.key)).toEqual([]);
    archive.close();
  });

  it('keeps reactions of unchanged updates when none are given again, replaces them on edit', () => {
    const archive = mustOpen(archivePath());
    const [u] = makeUpdates(1);
    const said = makeReaction(u!, 1, 'UN', 'Old words.');
    archive.saveUpdates('demo', [u!], [said], START);
    archive.saveUpdates('demo', [u!], [], START + 1);
    expect(archive.loadDesk().reactions).toEqual([said]);
    const edited = { ...u!, body: 'New words.' };
    const newSaid = makeReaction(edited, 1, 'UN', 'New words.');
    archive.saveUpdates('demo', [edited], [newSaid], START + 2);
    expect(archive.loadDesk().reactions).toEqual([newSaid]);
    archive.close();
  });
});

describe('archive: read state and "new since you last looked"', () => {
  it('round-trips read marks and counts unread per source', () => {
    const path = archivePath();
    const archive = mustOpen(path);
    const updates = makeUpdates(4);
    archive.upsertSource(makeSource());
    archive.upsertSource(makeSource('quiet', 'Quiet feed'));
    archive.saveUpdates('demo', updates, [], START);
    archive.markRead([updates[0]!.key, updates[1]!.key, 'demo\u0000missing'], true);
    archive.markRead([updates[1]!.key], false);
    archive.close();

    const reopened = mustOpen(path);
    expect(reopened.readKeys()).toEqual(new Set([updates[0]!.key]));
    expect(reopened.unreadCounts()).toEqual(new Map([['demo', 3], ['quiet', 0]]));
    reopened.close();
  });

  it('remembers when each source was last looked at', () => {
    const archive = mustOpen(archivePath());
    archive.upsertSource(makeSource());
    expect(archive.lastLooked('demo')).toBeNull();
    archive.setLastLooked('demo', START);
    expect(archive.lastLooked('demo')).toBe(START);
    expect(archive.lastLooked('unknown')).toBeNull();
    archive.close();
  });
});

describe('archive: sources, validators and poll history', () => {
  it('keeps validators byte-exact and a 304 keeps the stored ones', () => {
    const archive = mustOpen(archivePath());
    const validators = { etag: 'W/"5e-\u00e9 x"', lastModified: 'Tue, 18 Aug 2020 16:40:00 GMT' };
    archive.recordFetch('feed', { at: START, status: 200, validators, error: null });
    archive.recordFetch('feed', { at: START + 1, status: 304, validators: null, error: null });
    expect(archive.validators('feed')).toEqual(validators);
    expect(archive.validators('other')).toBeNull();
    archive.close();
  });

  it('remembers when a poll last succeeded, past later failures', () => {
    const archive = mustOpen(archivePath());
    expect(archive.lastSuccess('feed')).toBeNull();
    archive.recordFetch('feed', { at: START, status: 200, validators: null, error: null });
    archive.recordFetch('feed', { at: START + 60_000, status: 304, validators: null, error: null });
    archive.recordFetch('feed', { at: START + 120_000, status: null, validators: null, error: 'connection refused' });
    expect(archive.lastSuccess('feed')).toBe(START + 60_000);
    archive.close();
  });

  it('lists sources with counts, last fetch and health', () => {
    const archive = mustOpen(archivePath());
    const updates = makeUpdates(3);
    archive.upsertSource(makeSource());
    archive.upsertSource(makeSource('never', 'Never fetched'));
    archive.saveUpdates('demo', updates, [makeReaction(updates[0]!, 1, 'UN', 'Words.')], START);
    archive.markRead([updates[0]!.key], true);
    archive.recordFetch('demo', { at: START, status: 200, validators: null, error: null });
    archive.recordFetch('demo', { at: START + 30_000, status: 503, validators: null, error: 'the server is busy (503)' });
    const [demo, never] = archive.listSources();
    expect(demo).toMatchObject({
      source: { id: 'demo', title: 'Demo live blog' },
      updates: 3,
      unread: 2,
      reactions: 1,
      newestUpdate: START,
      lastFetchAt: START + 30_000,
      lastStatus: 503,
      lastError: 'the server is busy (503)',
      lastSuccessAt: START,
      health: 'failing',
    });
    expect(never).toMatchObject({ updates: 0, lastFetchAt: null, health: 'never-fetched' });
    archive.close();
  });

  it('keeps a good title when the source fails on a later run', () => {
    const archive = mustOpen(archivePath());
    archive.upsertSource(makeSource());
    archive.upsertSource({ ...makeSource(), title: 'demo.txt', kind: null, error: 'demo.txt: file not found' });
    expect(archive.loadDesk().sources[0]).toMatchObject({ title: 'Demo live blog', kind: 'live-blog', error: 'demo.txt: file not found' });
    archive.close();
  });

  it.each(SOURCE_KINDS)('reads back a source of kind %s as that kind', (kind) => {
    const archive = mustOpen(archivePath());
    archive.upsertSource({ ...makeSource(), kind });
    expect(archive.loadDesk().sources[0]?.kind).toBe(kind);
    archive.close();
  });
});
