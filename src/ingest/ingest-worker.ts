// Worker thread entry: the CPU-bound part of the pipeline for big inputs. An XML parse
// of 10,000 items builds a tree many times the size of the text, and reading them for
// reactions takes as long again; done here, that work and its peak of memory live and
// die with this thread, and the dashboard keeps answering keys meanwhile. Only what
// changed crosses back, with the keys and fingerprints of the rest.
import { parentPort, workerData } from 'node:worker_threads';
import { failedStep, ingestDocument, type IngestStep } from './ingest-document.js';
import { readLocalDocument, type SourceDocument } from './source-document.js';
import type { WorkerJob, WorkerReply } from './worker-jobs.js';

const { jobs } = workerData as { jobs: WorkerJob[] };

function post(job: number, step: IngestStep): void {
  const reply: WorkerReply = { job, step };
  parentPort?.postMessage(reply);
}

for (const [index, job] of jobs.entries()) {
  let document: SourceDocument;
  try {
    document = 'document' in job ? job.document : await readLocalDocument(job.file, job.limits);
  } catch (error) {
    post(index, failedStep('file' in job ? job.file : '', error));
    continue;
  }
  for await (const step of ingestDocument(document, new Map(job.known), { preview: job.preview })) post(index, step);
}
