// What the main thread and the pipeline's worker say to each other.
import type { IngestStep } from './ingest-document.js';
import type { ListedUpdate } from './known-updates.js';
import type { ReadLimits } from '../sources/read-limits.js';
import type { SourceDocument } from './source-document.js';

export type WorkerJob = (
  /** A document already read (a fetched feed) … */
  | { document: SourceDocument }
  /** … or a local file for the worker to read, under --max-size and --timeout. */
  | { file: string; limits: ReadLimits }
) & {
  /** What is known of the source: the diff's other side. */
  known: ListedUpdate[];
  preview: boolean;
};

export function jobLocation(job: WorkerJob): string {
  return 'document' in job ? job.document.location : job.file;
}

export interface WorkerReply {
  /** Index of the job in the worker's list. */
  job: number;
  step: IngestStep;
}
