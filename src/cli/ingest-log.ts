// LIVEDESK_DEBUG_INGEST=FILE appends one line of JSON per step of the ingest pipeline:
// which source, on which thread, how many updates it listed, changed and read for
// reactions. Tests and the benchmark read it to see where the work went.
import { appendFileSync } from 'node:fs';
import type { IngestWork } from '../ingest/ingest-document.js';

export function ingestLog(file: string | undefined): ((work: IngestWork) => void) | undefined {
  if (file === undefined || file === '') return undefined;
  return (work) => appendFileSync(file, `${JSON.stringify(work)}\n`);
}
