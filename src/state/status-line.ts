// What the status line's first row says, as plain text fitted to a width: the
// desk's counts on the left, what is wrong (or how the source in view is doing)
// on the right. Pure, so every width and every problem is testable without Ink.
import stringWidth from 'string-width';
import type { Source, SourceStatus } from '../model.js';
import { formatRowTime } from '../text/format-time.js';
import type { Notice } from './notice.js';
import type { ReplayView } from './replay-clock.js';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { truncateLine } from '../text/wrap-text.js';

export interface StatusLineInput {
  sources: readonly Source[];
  updateCount: number;
  /** Updates the filter lets through (all of them when there is no filter). */
  shownCount: number;
  filtering: boolean;
  reactionCount: number;
  unreadCount: number;
  /** Polling status of the source in view (the selected update's), if it is polled. */
  status: SourceStatus | null;
  statusTag: string | null;
  /** Every polled source's status, so a failing one shows even when another is in view. */
  statuses: ReadonlyMap<string, SourceStatus>;
  archiveProblem: string | null;
  /** A message that clears itself; while it shows, it stands where the health would. */
  notice: Notice | null;
  /** The tempo sparkline, or '' when there is nothing to draw. */
  activity: string;
  /** What a replay is doing ("▶ replay 60× · at 18 Aug 21:40 · 3/21"), or null when none runs. */
  replay?: string | null;
}

export interface Health {
  text: string;
  bad: boolean;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const isBad = (status: SourceStatus | undefined) => status !== undefined && (status.state === 'error' || status.state === 'stopped');

/**
 * The sources' names. A source never read has its address as its title: while it fails,
 * that address is a problem (shown on the right), not a name.
 */
export function sourceSummary(sources: readonly Source[], statuses: ReadonlyMap<string, SourceStatus>): string {
  const readable = sources
    .filter((source) => source.error === null && !(source.title === source.location && isBad(statuses.get(source.id))))
    .map((source) => source.title);
  if (readable.length === 0) return 'no source could be read';
  if (readable.length <= 2) return readable.join(' + ');
  return `${readable[0]} + ${readable.length - 1} more sources`;
}

/** What is wrong first (the source in view, then any other), else how the source in view is doing. */
export function healthOf(input: StatusLineInput): Health | null {
  const { sources, status, statusTag, statuses, archiveProblem, notice } = input;
  if (notice !== null) return { text: notice.tone === 'problem' ? `⚠ ${sanitizeLine(notice.text)}` : sanitizeLine(notice.text), bad: notice.tone === 'problem' };
  const prefix = statusTag === null ? '' : `[${statusTag}] `;
  const problems = [
    ...sources.filter((source) => source.error !== null).map((source) => source.error!),
    ...[...statuses.values()]
      .filter((candidate) => isBad(candidate) && candidate !== status)
      .map((candidate) => `${sources.find((source) => source.id === candidate.sourceId)?.location ?? candidate.sourceId}: ${candidate.message}`),
    ...(archiveProblem === null ? [] : [archiveProblem]),
  ];
  if (status !== null && isBad(status)) problems.unshift(`${prefix}${status.message ?? status.state}`);
  if (problems.length > 0) {
    // A location is the path or URL as given: only what is drawn is sanitised.
    const more = problems.length > 1 ? ` (+${problems.length - 1} more; i for details)` : '';
    return { text: `⚠ ${sanitizeLine(problems[0] ?? '')}${more}`, bad: true };
  }
  if (status === null) return null;
  // A healthy source shows no clock: nothing here changes on a 304, so a 304 draws nothing.
  return { text: status.state === 'paused' ? `⏸ ${prefix}paused` : `✓ ${prefix}live`, bad: false };
}

/** "3 of 21 updates" while filtering, else "21 updates", with the unread count. */
export function countsText(input: Pick<StatusLineInput, 'updateCount' | 'shownCount' | 'filtering' | 'unreadCount'>): string {
  const counts = input.filtering ? `${input.shownCount} of ${plural(input.updateCount, 'update')}` : plural(input.updateCount, 'update');
  return input.unreadCount > 0 ? `${counts} (${input.unreadCount} unread)` : counts;
}

/**
 * The counts fitted to `width`, giving way in order of importance: the tempo goes
 * first, then the sources' names shrink, then the reactions go; the update and
 * unread counts are cut last.
 */
export function fitInfo(summary: string, counts: string, reactions: string, tempo: string, width: number): string {
  const join = (...parts: string[]) => parts.filter((part) => part !== '').join(' · ');
  const fits = (text: string) => stringWidth(text) <= width;
  const labelled = tempo === '' ? '' : `tempo ${tempo}`;
  for (const candidate of [join(summary, counts, reactions, labelled), join(summary, counts, reactions)]) {
    if (fits(candidate)) return candidate;
  }
  const minimum = 16;
  const room = (...rest: string[]) => width - stringWidth(join('x', ...rest)) + 1;
  if (room(counts, reactions) >= Math.min(minimum, stringWidth(summary))) return join(truncateLine(summary, room(counts, reactions)), counts, reactions);
  if (room(counts) >= Math.min(minimum, stringWidth(summary))) return join(truncateLine(summary, room(counts)), counts);
  return truncateLine(room(counts) >= 4 ? join(truncateLine(summary, room(counts)), counts) : counts, width);
}

/** A problem is read in full before the counts; the update and unread counts (at least 20 columns) stay. */
export function infoWidth(width: number, health: Health, countsWidth = 20): number {
  const half = Math.max(10, Math.floor(width / 2));
  const left = width - stringWidth(health.text) - 1;
  return health.bad ? Math.max(Math.min(Math.max(20, countsWidth), half), left) : Math.max(half, left);
}

/** The first row's left part: a replay's progress, then the desk's counts, fitted to what the health leaves. */
export function statusInfo(input: StatusLineInput, width: number, health: Health | null): string {
  const counts = countsText(input);
  const room = health === null ? width : infoWidth(width, health, stringWidth(counts));
  const replay = input.replay ?? null;
  const rest = (columns: number) => fitInfo(sourceSummary(input.sources, input.statuses), counts, plural(input.reactionCount, 'reaction'), input.activity, columns);
  if (replay === null) return rest(room);
  const left = room - stringWidth(replay) - 3;
  return left < 10 ? truncateLine(replay, room) : `${replay} · ${rest(left)}`;
}

/** "▶ replay 60× · at 21:40 · 3/21", and once every update has played, that it finished. */
export function replayText(replay: ReplayView | null, today: Date): string | null {
  if (replay === null) return null;
  const { progress } = replay;
  const speed = `${Number(progress.speed.toFixed(2))}×`;
  if (progress.done) return `■ replay finished · ${progress.played}/${progress.total} at ${speed}`;
  const at = replay.at === null ? '' : ` · at ${formatRowTime(replay.at, null, today)}`;
  return `▶ replay ${speed}${at} · ${progress.played}/${progress.total}`;
}
