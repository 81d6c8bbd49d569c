// Searching a real archive file: every update and reaction of every source,
// ranked, with the index following every write (new updates, edits, reactions
// re-extracted, sources merged or removed), and built for archives written
// before there was an index.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchiveSession } from '../../src/archive/archive-session.js';
import { isArchiveOpenError, type Archive } from '../../src/archive/archive.js';
import type { SearchHit, SearchOutcome } from '../../src/archive/archive-search.js';
import { sourceStore } from '../../src/archive/archive-sources.js';
import { updateStore } from '../../src/archive/archive-updates.js';
import { migrate } from '../../src/archive/migrations.js';
import { recoverArchive } from '../../src/archive/recover-archive.js';
import type { Reaction, Update } from '../../src/model.js';
import { updateKey } from '../../src/desk/update-key.js';
import { makeReaction, makeSource, START } from '../fixtures/make-updates.js';
import { mustOpen, useTempDir } from './temp-archive.js';

const tempDir = useTempDir();

function update(sourceId: string, id: string, title: string, body: string, minutesAgo = 0): Update {
  return { id, key: updateKey(sourceId, id), sourceId, time: START - minutesAgo * 60_000, timeText: null, title, body, link: null, author: null };
}

const blogUpdates = [
  update('blog', 'b1', 'Curfew declared in Bamako', 'The junta announced a curfew from 21:00.', 1),
  update('blog', 'b2', 'Soldiers at the state broadcaster', 'Troops entered the building; the curfew was mentioned only in passing, much later, in a long paragraph about the night that followed.', 2),
  update('blog', 'b3', 'Keïta resigns on television', 'He said he did not want blood to be shed.', 3),
];
const wireUpdates = [
  update('wire', 'w1', 'Neighbours close borders', 'The regional bloc suspended Mali from its decision-making bodies.', 4),
  // The same guid as the blog's first update: a different update all the same.
  update('wire', 'b1', 'Secretary-General reacts', 'A spokesman read a statement to reporters.', 5),
];
const reactions: Reaction[] = [
  { ...makeReaction(wireUpdates[1]!, 1, 'António Guterres', 'I call for the immediate and unconditional release of the president.'), role: 'UN secretary-general' },
  makeReaction(blogUpdates[2]!, 1, 'Ibrahim Boubacar Keïta', 'I do not want blood to be shed.'),
];

function seeded(): { archive: Archive; path: string } {
  const path = join(tempDir(), 'archive.db');
  const archive = mustOpen(path);
  archive.upsertSource({ ...makeSource('blog', 'Kati mutiny, live'), tag: 'kati' }, START);
  archive.upsertSource({ ...makeSource('wire', 'World wire'), kind: 'rss', tag: 'wire' }, START);
  archive.saveUpdates('blog', blogUpdates, reactions.filter((r) => r.updateKey.startsWith('blog')), START);
  archive.saveUpdates('wire', wireUpdates, reactions.filter((r) => r.updateKey.startsWith('wire')), START);
  return { archive, path };
}

function hitsOf(outcome: SearchOutcome): SearchHit[] {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.hits;
}

const keys = (outcome: SearchOutcome) => hitsOf(outcome).map((hit) => hit.updateKey);
const matched = (hit: SearchHit) => hit.snippet.filter((part) => part.match).map((part) => part.text);

describe('archive search', () => {
  it('finds updates of every source, best first: a word in the title before one deep in a body', () => {
    const { archive } = seeded();
    expect(keys(archive.search('curfew'))).toEqual([blogUpdates[0]!.key, blogUpdates[1]!.key]);
    archive.close();
  });

  it('gives what the dashboard needs to open a hit like a timeline row', () => {
    const { archive } = seeded();
    const [hit] = hitsOf(archive.search('borders'));
    expect(hit).toMatchObject({
      updateKey: wireUpdates[0]!.key,
      sourceId: 'wire',
      sourceTitle: 'World wire',
      sourceTag: 'wire',
      time: wireUpdates[0]!.time,
      timeText: null,
      title: 'Neighbours close borders',
      reaction: null,
    });
    expect(hit!.snippet.map((part) => part.text).join('')).toBe('The regional bloc suspended Mali from its decision-making bodies.');
    archive.close();
  });

  it('marks the words that matched in the snippet, accents and case aside', () => {
    const { archive } = seeded();
    const [hit] = hitsOf(archive.search('keita blood'));
    expect(hit!.updateKey).toBe(blogUpdates[2]!.key);
    expect(matched(hit!)).toEqual(['blood']);
    archive.close();
  });

  it('takes each hit’s snippet from its own update and its own reaction', () => {
    const { archive } = seeded();
    const text = (hit: SearchHit) => hit.snippet.map((part) => part.text).join('');
    const byUpdate = hitsOf(archive.search('curfew'));
    expect(byUpdate.map(text)).toEqual(['The junta announced a curfew from 21:00.', expect.stringContaining('Troops entered the building')]);
    const byReaction = hitsOf(archive.search('unconditional OR "do not want"'));
    expect(new Map(byReaction.map((hit) => [hit.reaction?.actor, text(hit)]))).toEqual(
      new Map([
        ['António Guterres', 'I call for the immediate and unconditional release of the president.'],
        ['Ibrahim Boubacar Keïta', 'I do not want blood to be shed.'],
      ]),
    );
    archive.close();
  });

  it('finds what only a reaction holds, and says which reaction and who', () => {
    const { archive } = seeded();
    const [hit, ...rest] = hitsOf(archive.search('Guterres unconditional'));
    expect(rest).toEqual([]);
    expect(hit!.updateKey).toBe(wireUpdates[1]!.key);
    expect(hit!.reaction).toEqual({ id: reactions[0]!.id, actor: 'António Guterres' });
    expect(matched(hit!)).toEqual(['unconditional']);
    archive.close();
  });

  it('keeps two sources’ updates with the same guid apart', () => {
    const { archive } = seeded();
    expect(keys(archive.search('Secretary OR curfew'))).toHaveLength(3);
    archive.close();
  });

  it('understands phrases, prefixes, OR and words left out', () => {
    const { archive } = seeded();
    expect(keys(archive.search('"state broadcaster"'))).toEqual([blogUpdates[1]!.key]);
    expect(keys(archive.search('"broadcaster state"'))).toEqual([]);
    expect(keys(archive.search('resign*'))).toEqual([blogUpdates[2]!.key]);
    expect(keys(archive.search('curfew -junta'))).toEqual([blogUpdates[1]!.key]);
    expect(new Set(keys(archive.search('borders OR broadcaster')))).toEqual(new Set([wireUpdates[0]!.key, blogUpdates[1]!.key]));
    archive.close();
  });

  it('answers text that is FTS5 syntax with results, never an error', () => {
    const { archive } = seeded();
    for (const typed of ['"curfew', 'curfew)', '(curfew OR', 'curfew AND', '*curfew', 'curfew^', '+curfew', '{curfew}']) {
      expect(keys(archive.search(typed)), typed).toContain(blogUpdates[0]!.key);
    }
    // NEAR and column names are words like any other here.
    expect(keys(archive.search('NEAR(curfew junta)'))).toEqual([]);
    expect(keys(archive.search('title:curfew'))).toEqual([]);
    expect(archive.search('-curfew')).toEqual({ ok: false, message: 'give at least one word to find, not only words to leave out (-curfew)' });
    archive.close();
  });

  it('returns at most the limit, and says when there is more', () => {
    const { archive } = seeded();
    const outcome = archive.search('the', { limit: 2 });
    expect(hitsOf(outcome)).toHaveLength(2);
    expect(outcome.ok && outcome.more).toBe(true);
    const all = archive.search('the', { limit: 50 });
    expect(all.ok && all.more).toBe(false);
    archive.close();
  });

  it('follows edits, re-extracted reactions and new updates', () => {
    const { archive } = seeded();
    const edited = { ...blogUpdates[0]!, title: 'Curfew lifted in Bamako', body: 'Shops reopened this morning.' };
    archive.saveUpdates('blog', [edited], [makeReaction(edited, 1, 'Mayor of Bamako', 'Life goes on.')], START + 60_000);
    expect(keys(archive.search('junta'))).toEqual([]);
    expect(keys(archive.search('shops reopened'))).toEqual([edited.key]);
    expect(hitsOf(archive.search('mayor'))[0]!.reaction?.actor).toBe('Mayor of Bamako');
    archive.saveUpdates('blog', [update('blog', 'b9', 'Night falls quietly', 'No gunfire was heard.')], [], START + 120_000);
    expect(keys(archive.search('gunfire'))).toEqual([updateKey('blog', 'b9')]);
    archive.close();
  });

  it('forgets a reaction no longer extracted, and indexes every one of a long save', () => {
    const { archive, path } = seeded();
    archive.saveUpdates('blog', [blogUpdates[2]!], [], START + 60_000);
    expect(hitsOf(archive.search('shed')).map((hit) => hit.reaction)).toEqual([null]);
    // Saved many rows to a statement: 1,003 is no multiple of any statement's size.
    const many = Array.from({ length: 1003 }, (_, n) => update('bulk', `n${n}`, `Bulletin ${n}`, `Item number${n} of the night.`));
    archive.saveUpdates('bulk', many, many.map((u) => makeReaction(u, 1, `Speaker${u.id}`, 'Calm.')), START);
    for (const n of [0, 255, 256, 999, 1002]) {
      expect(keys(archive.search(`number${n}`))).toEqual([updateKey('bulk', `n${n}`)]);
      expect(hitsOf(archive.search(`Speakern${n}`))[0]!.reaction?.actor).toBe(`Speakern${n}`);
    }
    expect(archive.loadDesk(['bulk']).updates.map((u) => u.key)).toEqual(many.map((u) => u.key));
    archive.close();
    const db = new Database(path);
    db.exec("INSERT INTO updates_search (updates_search, rank) VALUES ('integrity-check', 1)");
    db.exec("INSERT INTO reactions_search (reactions_search, rank) VALUES ('integrity-check', 1)");
    db.close();
  });

  it('forgets a removed source, and follows a source merged into another id', () => {
    const { archive } = seeded();
    archive.removeSource('wire');
    expect(keys(archive.search('borders'))).toEqual([]);
    expect(keys(archive.search('Guterres'))).toEqual([]);
    archive.mergeSource('blog', '/feeds/blog.txt', '/feeds/blog.txt');
    const [hit] = hitsOf(archive.search('Keita'));
    expect(hit!.updateKey).toBe(updateKey('/feeds/blog.txt', 'b3'));
    expect(hit!.sourceId).toBe('/feeds/blog.txt');
    archive.close();
  });

  it('is searched through a run’s session as the dashboard will, as updates arrive', () => {
    const session = openArchiveSession(join(tempDir(), 'archive.db'));
    if (isArchiveOpenError(session)) throw new Error(session.message);
    const desk = { sources: [{ ...makeSource('blog', 'Kati mutiny, live'), kind: 'live-blog' as const }], updates: blogUpdates.slice(0, 2), reactions: [] };
    session.save(desk, START);
    expect(keys(session.search('curfew'))).toEqual([blogUpdates[0]!.key, blogUpdates[1]!.key]);
    session.record({ type: 'arrived', sources: desk.sources, updates: [blogUpdates[2]!], reactions: [reactions[1]!], live: true }, START + 1000);
    expect(hitsOf(session.search('shed')).map((hit) => hit.updateKey)).toEqual([blogUpdates[2]!.key]);
    expect(session.search('-curfew')).toMatchObject({ ok: false });
    session.finish(START + 2000);
  });

  it('builds the index for an archive written before there was one', () => {
    const path = join(tempDir(), 'older.db');
    const db = new Database(path);
    migrate(db, 3);
    sourceStore(db).upsertSource(makeSource('blog', 'Kati mutiny, live'), START);
    updateStore(db).saveUpdates('blog', blogUpdates, reactions.slice(1), START);
    db.close();
    const archive = mustOpen(path);
    expect(keys(archive.search('curfew'))).toEqual([blogUpdates[0]!.key, blogUpdates[1]!.key]);
    expect(hitsOf(archive.search('"I do not want blood"'))[0]!.reaction?.id).toBe(reactions[1]!.id);
    expect(archive.loadDesk().reactions).toEqual(reactions.slice(1));
    expect(archive.checkIntegrity()).toEqual(['ok']);
    archive.close();
  });

  it('can search a recovered copy', () => {
    const { archive, path } = seeded();
    archive.close();
    const into = join(tempDir(), 'copy.db');
    expect(recoverArchive(path, into)).toMatchObject({ skipped: [] });
    const copy = mustOpen(into);
    expect(keys(copy.search('curfew'))).toEqual([blogUpdates[0]!.key, blogUpdates[1]!.key]);
    expect(hitsOf(copy.search('Guterres'))).toHaveLength(1);
    copy.close();
  });

  it('keeps the index consistent with the archive through all of it', () => {
    const { archive, path } = seeded();
    archive.saveUpdates('blog', [{ ...blogUpdates[1]!, body: 'Shortened.' }], [], START + 1000);
    archive.mergeSource('wire', 'https://example.org/wire', 'https://example.org/wire');
    archive.removeSource('blog');
    archive.close();
    const db = new Database(path);
    // FTS5's own check compares the index with the tables it indexes.
    db.exec("INSERT INTO updates_search (updates_search, rank) VALUES ('integrity-check', 1)");
    db.exec("INSERT INTO reactions_search (reactions_search, rank) VALUES ('integrity-check', 1)");
    db.close();
  });
});
