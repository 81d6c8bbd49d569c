// A damaged page in a real archive file: found at open when a check is due or
// as soon as SQLite trips on it, never written into again, and copied out
// (everything readable) by recoverArchive.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isArchiveOpenError, openArchive } from '../../src/archive/archive.js';
import { openArchiveSession } from '../../src/archive/archive-session.js';
import { recoverArchive } from '../../src/archive/recover-archive.js';
import { makeReaction, makeSource, makeUpdates, START } from '../fixtures/make-updates.js';
import { damagePage } from './damage-page.js';
import { mustOpen, useTempDir } from './temp-archive.js';

const tempDir = useTempDir();
const DAY = 86_400_000;
const TOTAL = 3000;

/** Two sources, 3,000 updates with long bodies (hundreds of pages), reactions and read marks. */
function buildArchive(): string {
  const path = join(tempDir(), 'archive.db');
  const archive = mustOpen(path);
  archive.upsertSources([makeSource('wire', 'The wire'), makeSource('blog', 'The blog')], START);
  const updates = makeUpdates(TOTAL, 'wire').map((update) => ({ ...update, body: `${update.body} ${'More words. '.repeat(60)}` }));
  archive.saveUpdates('wire', updates, updates.filter((_, i) => i % 100 === 0).map((u) => makeReaction(u, 1, 'UN', 'We are concerned.')), START);
  archive.saveUpdates('blog', makeUpdates(5, 'blog'), [], START);
  archive.markRead(updates.slice(0, 10).map((update) => update.key), true, START);
  archive.close();
  return path;
}

function fingerprint(path: string): string {
  const hash = createHash('sha256');
  for (const file of [path, `${path}-wal`]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

describe('a damaged page, found', () => {
  it('at open, when a check is due: the archive opens read-only and says which file and what to do', () => {
    const path = buildArchive();
    damagePage(path, 'updates');
    const dayAfter = Date.now() + 2 * DAY;
    const archive = openArchive(path, { now: dayAfter });
    if (isArchiveOpenError(archive)) throw new Error(archive.message);
    expect(archive.damaged).not.toBeNull();
    archive.close();
    const session = openArchiveSession(path, { now: dayAfter });
    if (isArchiveOpenError(session)) throw new Error(session.message);
    const before = fingerprint(path);
    session.save({ sources: [makeSource('blog', 'The blog')], updates: makeUpdates(8, 'blog'), reactions: [] }, dayAfter);
    session.finish(dayAfter);
    expect(fingerprint(path)).toBe(before);
    expect(session.writeFailure()).toContain(path);
    expect(session.writeFailure()).toMatch(/damaged/);
    expect(session.writeFailure()).toContain(`livedesk archive recover --archive ${path}`);
  });

  it('when SQLite trips on it: nothing more is written to the file in that run', () => {
    const path = buildArchive();
    damagePage(path, 'updates');
    // Checked a moment ago, so not at this open: the damage is found by the write that meets it.
    const session = openArchiveSession(path);
    if (isArchiveOpenError(session)) throw new Error(session.message);
    const wire = makeUpdates(TOTAL, 'wire');
    session.save({ sources: [makeSource('wire', 'The wire')], updates: wire, reactions: [] }, START + 1000);
    expect(session.writeFailure()).toMatch(/damaged/);
    const before = fingerprint(path);
    session.markRead([wire[0]!.key], true);
    session.save({ sources: [makeSource('blog', 'The blog')], updates: makeUpdates(9, 'blog'), reactions: [] }, START + 2000);
    session.record({ type: 'arrived', sources: [], updates: makeUpdates(10, 'blog'), reactions: [], live: true }, START + 2500);
    // (Closing lets SQLite finish moving what was committed before the damage showed; nothing new.)
    expect(fingerprint(path)).toBe(before);
    session.finish(START + 3000);
  });

  it('is checked at most once a day: an open the day after checks again, one an hour later does not', () => {
    const path = buildArchive();
    mustOpen(path).close();
    damagePage(path, 'updates');
    const soon = openArchive(path, { now: Date.now() + 3_600_000 });
    if (isArchiveOpenError(soon)) throw new Error(soon.message);
    expect(soon.damaged).toBeNull();
    soon.close();
    const later = openArchive(path, { now: Date.now() + 2 * DAY });
    if (isArchiveOpenError(later)) throw new Error(later.message);
    expect(later.damaged).not.toBeNull();
    later.close();
  });
});

describe('recoverArchive', () => {
  it('copies everything readable around a damaged page of updates into a new file', () => {
    const path = buildArchive();
    damagePage(path, 'updates');
    const into = join(tempDir(), 'recovered.db');
    const report = recoverArchive(path, into);
    if (isArchiveOpenError(report)) throw new Error(report.message);
    expect(report.into).toBe(into);
    const db = new Database(into);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
    const recovered = mustOpen(into);
    const desk = recovered.loadDesk();
    const wire = desk.updates.filter((update) => update.sourceId === 'wire');
    // One leaf page holds a few rows; everything else is there.
    expect(wire.length).toBeLessThan(TOTAL);
    expect(wire.length).toBeGreaterThan(TOTAL - 50);
    expect(desk.updates.filter((update) => update.sourceId === 'blog')).toHaveLength(5);
    expect(desk.sources.map((source) => source.title)).toEqual(['The wire', 'The blog']);
    expect(desk.reactions.length).toBeGreaterThan(25);
    expect(recovered.readKeys().size).toBeGreaterThan(0);
    recovered.close();
    expect(report.copied.updates).toBe(wire.length + 5);
    expect(report.skipped.map((part) => part.table)).toEqual(['updates']);
  });

  it('keeps the updates when the sources page itself is damaged, under placeholder sources', () => {
    const path = buildArchive();
    damagePage(path, 'sources');
    const into = join(tempDir(), 'recovered.db');
    const report = recoverArchive(path, into);
    if (isArchiveOpenError(report)) throw new Error(report.message);
    const recovered = mustOpen(into);
    const desk = recovered.loadDesk();
    expect(desk.updates).toHaveLength(TOTAL + 5);
    expect(desk.sources.map((source) => source.id).sort()).toEqual(['blog', 'wire']);
    recovered.close();
  });

  it('never writes over an existing file, nor into the damaged one', () => {
    const path = buildArchive();
    damagePage(path, 'updates');
    const before = fingerprint(path);
    const result = recoverArchive(path, path);
    expect(isArchiveOpenError(result)).toBe(true);
    expect(fingerprint(path)).toBe(before);
  });
});
