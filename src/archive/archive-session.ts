// One run's use of the archive: what to show at start (history, read state,
// what is new since the reader last looked), and saving everything that is
// shown afterwards. Write failures become a message, never a crash.
import type { Source } from '../model.js';
import type { Desk } from '../sources/load-sources.js';
import type { DeskEvent } from '../state/desk-events.js';
import type { EarlierPolls } from '../monitor/source-poller.js';
import { isArchiveOpenError, openArchive, type Archive, type ArchiveOpenError, type FetchRecord } from './archive.js';

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
  /** Saves what was just loaded, then returns the archived timeline of these sources with it. */
  start(loaded: Desk, now: number): ArchiveStart;
  record(event: DeskEvent, now: number): void;
  recordFetch(sourceId: string, fetch: FetchRecord): void;
  /** What earlier runs knew of a source's polls: its validators and last success. */
  earlierPolls(sourceId: string): EarlierPolls;
  markRead(keys: readonly string[], read: boolean): void;
  /** The last write error, in plain words, or null. */
  lastError(): string | null;
  /** Marks every source as looked at now, and closes the file. */
  finish(now: number): void;
}

function merge(archived: Desk, loaded: Desk): Desk {
  // A source not read this time (failed, or a URL not fetched yet) keeps its archived
  // title and summary, with today's error if there is one.
  const sources = loaded.sources.map((source) => {
    const known = archived.sources.find((candidate) => candidate.id === source.id);
    return source.kind === null && known !== undefined ? { ...known, tag: source.tag, error: source.error } : source;
  });
  return { sources, updates: archived.updates, reactions: archived.reactions };
}

export function openArchiveSession(path: string): ArchiveSession | ArchiveOpenError {
  const opened = openArchive(path);
  if (isArchiveOpenError(opened)) return opened;
  const archive: Archive = opened;
  let error: string | null = null;
  const guard = (what: string, write: () => void) => {
    try {
      write();
    } catch (caught) {
      error = `archive: could not ${what}: ${caught instanceof Error ? caught.message : String(caught)}`;
    }
  };
  const sessionSources = new Set<string>();
  const saveSources = (sources: readonly Source[], now: number) => {
    for (const source of sources) {
      // A URL not fetched yet says nothing new about itself: keep what the archive knows.
      if (source.kind === null && source.error === null) continue;
      guard('save a source', () => archive.upsertSource(source, now));
    }
  };

  return {
    path,
    start(loaded, now) {
      saveSources(loaded.sources, now);
      for (const source of loaded.sources) {
        // A read at start-up (a file, or a headless run's one fetch) is part of the source's history too.
        if (source.kind !== null || source.error !== null) {
          guard('record a read', () => archive.recordFetch(source.id, { at: now, status: null, validators: null, error: source.error }));
        }
        const updates = loaded.updates.filter((update) => update.sourceId === source.id);
        const keys = new Set(updates.map((update) => update.key));
        const reactions = loaded.reactions.filter((reaction) => keys.has(reaction.updateKey));
        if (updates.length > 0) guard('save updates', () => archive.saveUpdates(source.id, updates, reactions, now));
      }
      const ids = loaded.sources.map((source) => source.id);
      for (const id of ids) sessionSources.add(id);
      const newSinceLastLook = new Set<string>();
      const lookedBefore = new Set<string>();
      for (const id of ids) {
        const looked = archive.lastLooked(id);
        // A source seen for the first time has nothing "new since": it is all new.
        if (looked === null) continue;
        lookedBefore.add(id);
        for (const key of archive.keysSeenAfter(id, looked)) newSinceLastLook.add(key);
      }
      const desk = merge(archive.loadDesk(ids), loaded);
      return { desk, readKeys: archive.readKeys(), newSinceLastLook, lookedBefore };
    },
    record(event, now) {
      if (event.type !== 'arrived') return;
      saveSources(event.sources, now);
      const bySource = new Map<string, typeof event.updates>();
      for (const update of event.updates) bySource.set(update.sourceId, [...(bySource.get(update.sourceId) ?? []), update]);
      for (const [sourceId, updates] of bySource) {
        const keys = new Set(updates.map((update) => update.key));
        const reactions = event.reactions.filter((reaction) => keys.has(reaction.updateKey));
        guard('save updates', () => archive.saveUpdates(sourceId, updates, reactions, now));
      }
    },
    recordFetch(sourceId, fetch) {
      guard('record a fetch', () => archive.recordFetch(sourceId, fetch));
    },
    earlierPolls: (sourceId) => ({ validators: archive.validators(sourceId), lastSuccessAt: archive.lastSuccess(sourceId) }),
    markRead(keys, read) {
      guard('save read state', () => archive.markRead(keys, read));
    },
    lastError: () => error,
    finish(now) {
      for (const id of sessionSources) guard('save when you looked', () => archive.setLastLooked(id, now));
      archive.close();
    },
  };
}
