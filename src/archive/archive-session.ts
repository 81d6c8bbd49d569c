// One run's use of the archive: what to show at start (history, read state,
// what is new since the reader last looked), and saving everything that is
// shown afterwards. What is shown is built from reads alone; a write that fails
// becomes one message naming the file, never a crash and never a changed output.
import { isAbsolute } from 'node:path';
import type { EarlierPolls, FetchRecord, Reaction, Source, Update } from '../model.js';
import { isUrl } from '../sources/location.js';
import type { Desk } from '../desk/desk.js';
import type { DeskEvent } from '../desk/desk-events.js';
import type { MemoryPolicy } from '../desk/memory-policy.js';
import { damagedOnOpen, describeWriteFailure, isDamage, readOnlyArchive } from './archive-errors.js';
import { isArchiveOpenError, openArchive, type Archive, type ArchiveOpenError, type OpenOptions } from './archive.js';
import { mergeHistory } from './merge-history.js';
import type { SearchOptions, SearchOutcome } from './archive-search.js';

export interface ArchiveStart {
  desk: Desk;
  readKeys: Set<string>;
  /** Updates first seen since the reader last looked at their source. */
  newSinceLastLook: Set<string>;
  /** Sources the reader has looked at before: what they bring now is news. */
  lookedBefore: Set<string>;
}

export interface ArchiveSession {
  readonly path: string;
  /**
   * The archived timeline of these sources, read before they are: what is known of
   * them, so that a read extracts and saves only what changed. `start` reuses it.
   */
  history(sources: readonly Source[]): Desk;
  /**
   * The archived timeline of these sources with what was just loaded. Reads only,
   * but for taking in, once, what an older livedesk kept under a relative path.
   */
  start(loaded: Desk, now: number): ArchiveStart;
  /** Saves what was loaded at start: its sources, its updates (in batches), the read. */
  save(loaded: Desk, now: number): void;
  record(event: DeskEvent, now: number): void;
  recordFetch(sourceId: string, fetch: FetchRecord): void;
  /** What earlier runs knew of a source's polls: its validators and last success. */
  earlierPolls(sourceId: string): EarlierPolls;
  markRead(keys: readonly string[], read: boolean): void;
  /** Every archived update and reaction, of every source, best match first (see archive-search.ts). */
  search(text: string, options?: SearchOptions): SearchOutcome;
  /** One archived update and its reactions, to open a search hit; null when it cannot be read. */
  loadUpdate(key: string): { update: Update; reactions: Reaction[] } | null;
  /** The first write that failed in this run, in one line naming the file; null when all worked. */
  writeFailure(): string | null;
  /**
   * Called now and whenever writing starts failing, fails for another reason, or
   * works again (null): the dashboard and --follow show it as the archive's status.
   */
  onWriteProblem(listener: (problem: string | null) => void): void;
  /** Marks every source as looked at now (unless writes are failing), and closes the file. */
  finish(now: number): void;
}

function emptyStart(loaded: Desk): ArchiveStart {
  return { desk: loaded, readKeys: new Set(), newSinceLastLook: new Set(), lookedBefore: new Set() };
}

export interface SessionOptions extends OpenOptions {
  /** Read of the history only what a dashboard keeps in memory: a big archive is never read whole. */
  keep?: MemoryPolicy;
}

export function openArchiveSession(path: string, options: SessionOptions = {}): ArchiveSession | ArchiveOpenError {
  const opened = openArchive(path, options);
  if (isArchiveOpenError(opened)) return opened;
  const archive: Archive = opened;
  let first: string | null = null;
  let current: string | null = null;
  // Never written again in this run: a damaged file, or one this user may not write.
  let blocked: string | null =
    archive.damaged !== null ? damagedOnOpen(path, archive.damaged) : archive.readOnly !== null ? readOnlyArchive(path, archive.readOnly) : null;
  const listeners = new Set<(problem: string | null) => void>();
  const report = (problem: string | null) => {
    if (problem !== null) first ??= problem;
    if (problem === current) return;
    current = problem;
    for (const listener of listeners) listener(problem);
  };
  const failed = (what: string, caught: unknown) => {
    const problem = describeWriteFailure(path, what, caught);
    if (isDamage(caught)) blocked = problem;
    report(problem);
  };
  /** Runs one write; false when it failed or may not be tried. */
  const write = (what: string, action: () => void): boolean => {
    if (blocked !== null) {
      report(blocked);
      return false;
    }
    try {
      action();
    } catch (caught) {
      failed(what, caught);
      return false;
    }
    report(null);
    return true;
  };
  const sessionSources = new Set<string>();
  let history: { ids: string; desk: Desk } | null = null;
  /** The archived desk of these sources, each read once per run; a relative path typed before is taken in first. */
  const archivedDesk = (sources: readonly Source[]): Desk => {
    const ids = sources.map((source) => source.id);
    const key = JSON.stringify([...new Set(ids)].sort());
    if (history?.ids !== key) {
      adopt(sources);
      history = { ids: key, desk: archive.loadDesk(ids, null, options.keep ?? null) };
    }
    return history.desk;
  };
  // A URL not fetched yet says nothing new about itself: the archive keeps what it knows.
  // The archive knows a source by where it is (its id), not by how this run typed it.
  const worthSaving = (sources: readonly Source[]) =>
    sources.filter((source) => source.kind !== null || source.error !== null).map((source) => ({ ...source, location: source.id }));
  /**
   * Archives from before source identities hold a relative path typed then as its own
   * source. It names a file only from the folder it was typed in, so it joins the file's
   * source when a run types it again: the history and read state come along.
   */
  const adopt = (sources: readonly Source[]) => {
    for (const source of sources) {
      const typed = source.location;
      if (typed === source.id || isUrl(typed) || isAbsolute(typed) || !archive.hasSource(typed)) continue;
      write('take in what it kept under the name typed', () => archive.mergeSource(typed, source.id, source.id));
    }
  };
  const saveDesk = (desk: Desk, now: number, what: string): boolean => {
    const sources = worthSaving(desk.sources);
    if (sources.length > 0 && !write('save the sources', () => archive.upsertSources(sources, now))) return false;
    // Each source's updates and reactions, in one pass over each, not one per source.
    const bySource = new Map<string, { updates: Desk['updates']; reactions: Desk['reactions'] }>();
    const sourceOfKey = new Map<string, string>();
    for (const update of desk.updates) {
      const group = bySource.get(update.sourceId);
      if (group === undefined) bySource.set(update.sourceId, { updates: [update], reactions: [] });
      else group.updates.push(update);
      sourceOfKey.set(update.key, update.sourceId);
    }
    for (const reaction of desk.reactions) {
      const sourceId = sourceOfKey.get(reaction.updateKey);
      if (sourceId !== undefined) bySource.get(sourceId)!.reactions.push(reaction);
    }
    for (const [sourceId, { updates, reactions }] of bySource) {
      // The first failure ends the run's writes here: each further one could wait on the same lock.
      if (!write(what, () => archive.saveUpdates(sourceId, updates, reactions, now))) return false;
    }
    return true;
  };

  return {
    path,
    history(sources) {
      try {
        return archivedDesk(sources);
      } catch (caught) {
        failed('read its history', caught);
        return { sources: [], updates: [], reactions: [] };
      }
    },
    start(loaded, now) {
      const ids = loaded.sources.map((source) => source.id);
      for (const id of ids) sessionSources.add(id);
      try {
        const archived = archivedDesk(loaded.sources);
        const archivedKeys = new Set(archived.updates.map((update) => update.key));
        const newSinceLastLook = new Set<string>();
        const lookedBefore = new Set<string>();
        for (const id of ids) {
          const looked = archive.lastLooked(id);
          // A source seen for the first time has nothing "new since": it is all new.
          if (looked === null) continue;
          lookedBefore.add(id);
          for (const key of archive.keysSeenAfter(id, looked)) newSinceLastLook.add(key);
        }
        // What the archive has not seen yet is first seen now, after the last look: one
        // pass over what was loaded, not one per source (100 sources × 1,000 updates).
        for (const update of loaded.updates) {
          if (lookedBefore.has(update.sourceId) && !archivedKeys.has(update.key)) newSinceLastLook.add(update.key);
        }
        return { desk: mergeHistory(archived, loaded), readKeys: archive.readKeys(), newSinceLastLook, lookedBefore };
      } catch (caught) {
        failed('read its history', caught);
        return emptyStart(loaded);
      }
    },
    save(loaded, now) {
      if (!saveDesk(loaded, now, "save this run's updates")) return;
      // A read at start-up (a file, or a headless run's one fetch) is part of the source's
      // history too; recorded last, so a source is never "ok" with its updates unsaved.
      const reads = worthSaving(loaded.sources).map((source) => [source.id, { at: now, status: null, validators: null, error: source.error }] as const);
      if (reads.length > 0) write('record the reads', () => archive.recordFetches(reads));
    },
    record(event, now) {
      if (event.type === 'arrived') saveDesk(event, now, 'save new updates');
    },
    recordFetch(sourceId, fetch) {
      write('record a fetch', () => archive.recordFetch(sourceId, fetch));
    },
    earlierPolls: (sourceId) => {
      try {
        return { validators: archive.validators(sourceId), lastSuccessAt: archive.lastSuccess(sourceId) };
      } catch (caught) {
        failed('read what it knows of a source', caught);
        return { validators: null, lastSuccessAt: null };
      }
    },
    markRead(keys, read) {
      write('save read state', () => archive.markRead(keys, read));
    },
    search(text, options) {
      try {
        return archive.search(text, options);
      } catch (caught) {
        // A read that fails (a damaged page) is the search's answer; the run goes on.
        return { ok: false, message: `the archive at ${path} could not be searched (${caught instanceof Error ? caught.message : String(caught)})` };
      }
    },
    loadUpdate(key) {
      try {
        return archive.loadUpdate(key);
      } catch {
        // A damaged page: the hit is listed, and not opened.
        return null;
      }
    },
    writeFailure: () => first,
    onWriteProblem(listener) {
      listeners.add(listener);
      if (current !== null) listener(current);
    },
    finish(now) {
      // With writes failing, what this run brought stays "new" for the next one.
      if (current === null && sessionSources.size > 0) write('save when you looked', () => archive.setLastLookedAll([...sessionSources], now));
      archive.close();
    },
  };
}
