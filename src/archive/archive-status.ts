// The archive's health as a status beside the sources': the dashboard's status
// bar and --follow's `status` events say when writing fails and when it works again.
import type { SourceStatus } from '../model.js';

/** Not a source's id: those are absolute paths and URLs. */
export const ARCHIVE_STATUS_ID = 'archive';

export function archiveStatus(problem: string | null): SourceStatus {
  return {
    sourceId: ARCHIVE_STATUS_ID,
    state: problem === null ? 'ok' : 'error',
    lastSuccessAt: null,
    nextPollAt: null,
    httpStatus: null,
    message: problem,
  };
}
