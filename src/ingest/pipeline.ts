// The one ingest pipeline, which every way a source is read goes through:
//
//   bytes → decode → detect → parse → normalise → diff against what is known
//         → reactions for the added and changed updates only → archive → events
//
// The part from decoding to reactions is CPU-bound: for a big input it runs in a
// worker thread (ingest-worker.ts), with what is known sent along, so only what
// changed comes back. Here, on the main thread, each step is remembered as known and
// archived before its caller turns it into an event.
import { Worker } from 'node:worker_threads';
import { bundledWorker } from '../bundled-worker.js';
import type { DeskEvent } from '../desk/desk-events.js';
import type { Source } from '../model.js';
import type { ReadLimits } from '../sources/read-limits.js';
import { sourceIdFor } from '../sources/source-identity.js';
import { BIG_INPUT_BYTES, failedStep, ingestDocument, type Extractor, type IngestStep, type IngestWork } from './ingest-document.js';
import { KnownUpdates } from './known-updates.js';
import type { LoadedSource } from './loaded-source.js';
import { shareStrings } from './share-strings.js';
import { documentSize, readLocalDocument, type SourceDocument } from './source-document.js';
import { createGate } from './reader-gate.js';
import { jobLocation, type WorkerJob, type WorkerReply } from './worker-jobs.js';

/** Where arrivals are kept: the archive session, or nothing (--no-archive, and headless runs, which save after printing). */
export interface ArchiveWriter {
  record(event: DeskEvent, now: number): void;
}

export interface PipelineOptions {
  /** What the desk already shows or the archive holds: the diff's other side. */
  known?: KnownUpdates;
  archive?: ArchiveWriter | null;
  /** On this thread only: tests count what is read for reactions. */
  extract?: Extractor;
  /** The bundled worker script; null keeps everything on this thread. Looked up beside the bundle by default. */
  workerFile?: string | null;
  /** Told what each step did (LIVEDESK_DEBUG_INGEST, tests). */
  onWork?: (work: IngestWork) => void;
  now?: () => number;
  /** The name a list file gives a source (a urls file's "~title" and tags), over the feed's own, at every read. */
  nameSource?: (source: Source) => Source;
}

export interface BackgroundIngest {
  /** Resolves once every file has been taken in. */
  done: Promise<void>;
  stop(): void;
}

export interface Pipeline {
  readonly known: KnownUpdates;
  /** A source as the list files name it (itself when they do not), for one not read yet. */
  name(source: Source): Source;
  /** One read of one source through every stage; resolves once it is known and archived. A failure changes nothing. */
  ingest(document: SourceDocument): Promise<IngestStep>;
  /**
   * Local files read and taken in — in one worker when it is at hand, so that the
   * dashboard draws and answers meanwhile — a big one's first items first.
   */
  ingestFiles(locations: readonly string[], limits: ReadLimits, onStep: (step: IngestStep) => void): BackgroundIngest;
}

/** The event an arrival becomes: only what changed, with every key the source still lists. */
export function arrivalOf(loaded: LoadedSource, live: boolean): Extract<DeskEvent, { type: 'arrived' }> {
  return {
    type: 'arrived',
    sources: [loaded.source],
    updates: loaded.updates,
    reactions: loaded.reactions,
    live,
    listed: loaded.listed.map(([key]) => key),
  };
}

// Big reads of this process, in worker threads, two at a time (one per core of a small
// machine): a hundred sources polled together wait their turn instead of starting a hundred.
const bigReads = createGate(2);

// Looked up on the first big input, not when the pipeline is made.
let foundWorker: string | null | undefined;
const defaultWorker = () => (foundWorker ??= bundledWorker('ingest-worker.js', import.meta.url));

/** Runs jobs in one worker; each step as it comes. A worker that dies ends its jobs with a failure. */
function inWorker(file: string, jobs: WorkerJob[], onStep: (job: number, step: IngestStep) => void): BackgroundIngest {
  const worker = new Worker(file, { workerData: { jobs } });
  const finished = new Set<number>();
  let stopped = false;
  const done = new Promise<void>((resolve) => {
    worker.on('message', (reply: WorkerReply) => {
      if (stopped) return;
      if (reply.step.work.complete) finished.add(reply.job);
      onStep(reply.job, { ...reply.step, loaded: shareStrings(reply.step.loaded) });
    });
    const end = (reason: string) => {
      if (!stopped) {
        jobs.forEach((job, index) => {
          if (!finished.has(index)) onStep(index, failedStep(jobLocation(job), new Error(reason)));
        });
      }
      resolve();
    };
    worker.on('error', (error) => end(`the reader stopped: ${error.message}`));
    worker.on('exit', (code) => end(`the reader stopped (exit ${code})`));
  });
  // Stopped (the dashboard closing): nothing more is taken in, reported or archived.
  return { done, stop: () => ((stopped = true), void worker.terminate()) };
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const known = options.known ?? new KnownUpdates();
  const now = options.now ?? Date.now;
  const workerFile = () => (options.workerFile === undefined ? defaultWorker() : options.workerFile);
  const knownOf = (location: string) => known.forSource(sourceIdFor(location));
  const inThread = (document: SourceDocument, preview: boolean) => ingestDocument(document, knownOf(document.location), { preview, extract: options.extract });

  /**
   * The main thread's end of every step: remembered, archived, reported. A poll or a
   * watched file that fails keeps what was there; a file read after the first frame
   * that fails is archived as the source's error, as one read before it would be.
   */
  function take(read: IngestStep, keepFailure = false): IngestStep {
    const named = options.nameSource?.(read.loaded.source) ?? read.loaded.source;
    const step = named === read.loaded.source ? read : { ...read, loaded: { ...read.loaded, source: named } };
    if (step.failure === null) known.remember(step.loaded.source.id, step.loaded.listed, step.work.complete);
    if (step.failure === null || keepFailure) options.archive?.record(arrivalOf(step.loaded, false), now());
    options.onWork?.(step.work);
    return step;
  }

  return {
    known,
    name: (source) => options.nameSource?.(source) ?? source,
    async ingest(document) {
      const file = documentSize(document) >= BIG_INPUT_BYTES ? workerFile() : null;
      if (file === null) {
        let last: IngestStep | null = null;
        for await (const step of inThread(document, false)) last = take(step);
        return last ?? take(failedStep(document.location, new Error('nothing was read')));
      }
      let result: IngestStep | null = null;
      const job: WorkerJob = { document, known: [...knownOf(document.location)], preview: false };
      await bigReads.run(() => inWorker(file, [job], (_index, step) => (result = take(step))).done);
      return result ?? take(failedStep(document.location, new Error('nothing was read')));
    },
    ingestFiles(locations, limits, onStep) {
      const file = locations.length > 0 ? workerFile() : null;
      if (file !== null) {
        const fileLimits = { maxBytes: limits.maxBytes, timeoutMs: limits.timeoutMs };
        const jobs = locations.map((location): WorkerJob => ({ file: location, limits: fileLimits, known: [...knownOf(location)], preview: true }));
        return inWorker(file, jobs, (_index, step) => onStep(take(step, true)));
      }
      let stopped = false;
      const done = (async () => {
        for (const location of locations) {
          let document: SourceDocument;
          try {
            document = await readLocalDocument(location, limits);
          } catch (error) {
            if (!stopped) onStep(take(failedStep(location, error), true));
            continue;
          }
          for await (const step of inThread(document, true)) {
            if (stopped) return;
            onStep(take(step, true));
          }
        }
      })();
      return { done, stop: () => (stopped = true) };
    },
  };
}
