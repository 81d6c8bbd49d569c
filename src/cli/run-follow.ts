// --json --follow: one JSON object per line as things happen, for scripts that
// tail the event. Ends cleanly (exit 0) on SIGINT or SIGTERM, or when the reader of
// its output goes away (`| head -1`).
import type { SourceStatus } from '../model.js';
import { reactionJson, updateJson } from '../headless/desk-json.js';
import { createDeskTracker, type DeskChanges } from '../desk/desk-tracker.js';
import type { Desk } from '../desk/desk.js';
import type { DeskEvents } from '../desk/desk-events.js';
import { terminalSafeJson } from '../text/sanitize-for-terminal.js';

function statusJson(status: SourceStatus) {
  // Scripts get the three states of a poll; a source that stopped (410) did so on an error.
  const state = status.state === 'ok' || status.state === 'not-modified' ? status.state : 'error';
  return {
    type: 'status',
    sourceId: status.sourceId,
    state,
    httpStatus: status.httpStatus,
    message: status.message,
    nextPollAt: status.nextPollAt === null ? null : new Date(status.nextPollAt).toISOString(),
  };
}

/** The archive's health, as the status of a source named "archive": scripts read it as they read a feed's. */
function archiveJson(problem: string | null) {
  return { type: 'status', sourceId: 'archive', state: problem === null ? 'ok' : 'error', httpStatus: null, message: problem, nextPollAt: null };
}

export function runFollow(
  desk: Desk,
  events: DeskEvents,
  stop: () => Promise<void>,
  write: (line: string) => void,
  outputClosed: Promise<void>,
): Promise<void> {
  const tracker = createDeskTracker();
  const line = (value: unknown) => terminalSafeJson(value) + '\n';
  // What one read brought is written at once, so a script never sees an update without the reactions that came with it.
  const writeChanges = (changes: DeskChanges) => {
    const lines = [
      ...[...changes.added].reverse().map((update) => line({ type: 'update', update: updateJson(update) })),
      ...changes.edited.map((update) => line({ type: 'edit', update: updateJson(update) })),
      ...changes.reactions.map((reaction) => line({ type: 'reaction', reaction: reactionJson(reaction) })),
    ];
    if (lines.length > 0) write(lines.join(''));
  };
  writeChanges(tracker.apply(desk.updates, desk.reactions));

  events.subscribe((event) => {
    if (event.type === 'status') {
      write(line(statusJson(event.status)));
      return;
    }
    if (event.type === 'archive') {
      write(line(archiveJson(event.problem)));
      return;
    }
    // --follow takes every feed a web page announces, so there is never a question to answer.
    if (event.type !== 'arrived') return;
    writeChanges(tracker.apply(event.updates, event.reactions, event.listed));
  });

  return new Promise((resolve) => {
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      process.off('SIGINT', finish);
      process.off('SIGTERM', finish);
      void stop().then(resolve);
    };
    process.on('SIGINT', finish);
    process.on('SIGTERM', finish);
    void outputClosed.then(finish);
  });
}
