// Archives written when a source's id was the text as typed: the same file or
// feed under several ids, with read state split between them. Opening one
// merges what can be merged for certain; a relative id is merged when a run
// names it again; `removeSource` drops a source and everything of it.
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchiveSession } from '../../src/archive/archive-session.js';
import { isArchiveOpenError } from '../../src/archive/archive.js';
import { sourceStore } from '../../src/archive/archive-sources.js';
import { updateStore } from '../../src/archive/archive-updates.js';
import { migrate } from '../../src/archive/migrations.js';
import type { Source } from '../../src/model.js';
import { makeReaction, makeSource, makeUpdates, START } from '../fixtures/make-updates.js';
import { mustOpen, useTempDir } from './temp-archive.js';

const tempDir = useTempDir();

/** Updates numbered `from`…`to` of one source, as an older livedesk saved them. */
function numbered(sourceId: string, from: number, to: number) {
  return makeUpdates(to, sourceId).filter((update) => Number(update.id.slice(1)) >= from);
}

function source(id: string, title: string): Source {
  return { ...makeSource(id, title), location: id, kind: 'rss' };
}

/** An archive at schema 2, before identities, with one file and one feed each under two ids. */
function olderArchive(): { path: string; feed: string; dir: string } {
  const dir = realpathSync(tempDir());
  mkdirSync(join(dir, 'feeds'));
  const feed = join(dir, 'feeds', 'wire.rss');
  writeFileSync(feed, '<rss/>');
  const path = join(dir, 'archive.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  migrate(db, 2);
  const sources = sourceStore(db);
  const updates = updateStore(db);
  const twisted = join(dir, 'feeds', '..', 'feeds', 'wire.rss');
  for (const [id, title] of [[feed, 'Wire'], [twisted, 'Wire again'], ['HTTP://Example.ORG/feed#top', 'Feed'], ['http://example.org/feed', 'Feed'], ['feeds/wire.rss', 'Wire, typed short']] as const) {
    sources.upsertSource(source(id, title), START);
  }
  const first = numbered(feed, 1, 3);
  updates.saveUpdates(feed, first, [makeReaction(first[0]!, 1, 'UN', 'Calm.')], START);
  updates.saveUpdates(twisted, numbered(twisted, 2, 5), [], START + 1000);
  updates.saveUpdates('HTTP://Example.ORG/feed#top', numbered('HTTP://Example.ORG/feed#top', 1, 2), [], START);
  updates.saveUpdates('http://example.org/feed', numbered('http://example.org/feed', 2, 4), [], START);
  updates.saveUpdates('feeds/wire.rss', numbered('feeds/wire.rss', 6, 6), [], START);
  updates.markRead([`${feed}\u0000u1`, `${twisted}\u0000u4`, 'feeds/wire.rss\u0000u6'], true, START);
  sources.recordFetch(twisted, { at: START, status: null, validators: { etag: '"v1"', lastModified: null }, error: null });
  sources.setLastLooked(feed, START + 5000);
  db.close();
  return { path, feed, dir };
}

describe('opening an archive from before source identities', () => {
  it('merges every spelling of one file, and of one URL, keeping read state and history', () => {
    const { path, feed } = olderArchive();
    const archive = mustOpen(path);
    const listed = archive.listSources();
    expect(listed.map((entry) => entry.source.id)).toEqual([feed, 'http://example.org/feed', 'feeds/wire.rss']);
    const wire = listed[0]!;
    expect(wire.source.location).toBe(feed);
    expect(wire.updates).toBe(5);
    expect(wire.unread).toBe(3);
    expect(wire.reactions).toBe(1);
    expect(wire.lastFetchAt).toBe(START);
    expect(archive.validators(feed)).toEqual({ etag: '"v1"', lastModified: null });
    expect(archive.lastLooked(feed)).toBe(START + 5000);
    expect(listed[1]!.updates).toBe(4);
    expect(archive.readKeys()).toEqual(new Set([`${feed}\u0000u1`, `${feed}\u0000u4`, 'feeds/wire.rss\u0000u6']));
    const desk = archive.loadDesk([feed]);
    expect(desk.updates.every((update) => update.sourceId === feed && update.key === `${feed}\u0000${update.id}`)).toBe(true);
    expect(desk.reactions.map((reaction) => reaction.id)).toEqual([`${feed}\u0000u3#1`]);
    const db = new Database(path);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
    archive.close();
  });

  it('merges a relative id into the file it names once a run names it the same way', () => {
    const { path, feed } = olderArchive();
    const session = openArchiveSession(path);
    if (isArchiveOpenError(session)) throw new Error(session.message);
    const loaded = { sources: [{ ...source(feed, 'Wire'), location: 'feeds/wire.rss' }], updates: numbered(feed, 7, 7), reactions: [] };
    const start = session.start(loaded, START + 10_000);
    expect(start.desk.updates.map((update) => update.id).sort()).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7']);
    expect(start.readKeys.has(`${feed}\u0000u6`)).toBe(true);
    session.finish(START + 20_000);
    const archive = mustOpen(path);
    expect(archive.listSources().map((entry) => entry.source.id)).toEqual([feed, 'http://example.org/feed']);
    archive.close();
  });
});

describe('removeSource', () => {
  it('drops a source with its updates, reactions, read state and history, and nothing else', () => {
    const { path, feed } = olderArchive();
    const archive = mustOpen(path);
    expect(archive.removeSource(feed)).toEqual({ updates: 5, reactions: 1 });
    expect(archive.listSources().map((entry) => entry.source.id)).toEqual(['http://example.org/feed', 'feeds/wire.rss']);
    expect(archive.readKeys()).toEqual(new Set(['feeds/wire.rss\u0000u6']));
    expect(archive.validators(feed)).toBeNull();
    expect(archive.removeSource(feed)).toBeNull();
    archive.close();
  });
});
