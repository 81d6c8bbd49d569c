import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import type { Source, SourceStatus } from '../model.js';
import type { FilterState } from '../state/app-state.js';
import type { Notice } from '../state/notice.js';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { truncateLine } from '../text/wrap-text.js';
import { useTheme } from './theme-context.js';

interface StatusBarProps {
  width: number;
  sources: readonly Source[];
  updateCount: number;
  shownCount: number;
  reactionCount: number;
  unreadCount: number;
  filter: FilterState;
  hints: string;
  /** Polling status of the source in view (the selected update's), if it is polled. */
  status: SourceStatus | null;
  statusTag: string | null;
  /** Every polled source's status, so a failing one shows even when another is in view. */
  statuses: ReadonlyMap<string, SourceStatus>;
  /** Why the archive cannot keep what is shown, or null. */
  archiveProblem: string | null;
  /** A message that clears itself; while it shows, it stands where the health would. */
  notice: Notice | null;
  activity: string;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function sourceSummary(sources: readonly Source[]): string {
  const readable = sources.filter((source) => source.error === null).map((source) => source.title);
  if (readable.length === 0) return 'no source could be read';
  if (readable.length <= 2) return readable.join(' + ');
  return `${readable[0]} + ${readable.length - 1} more sources`;
}

const isBad = (status: SourceStatus) => status.state === 'error' || status.state === 'stopped';

/**
 * The right-hand part of the first line: what is wrong first (the source in
 * view, then any other), else how the source in view is doing.
 */
function healthOf(props: StatusBarProps) {
  const { sources, status, statusTag, statuses, archiveProblem, notice } = props;
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
    problems[0] = sanitizeLine(problems[0] ?? '');
    const more = problems.length > 1 ? ` (+${problems.length - 1} more; i for details)` : '';
    return { text: `⚠ ${problems[0]}${more}`, bad: true };
  }
  if (status === null) return null;
  // A healthy source shows no clock: nothing here changes on a 304, so a 304 draws nothing.
  return { text: status.state === 'paused' ? `⏸ ${prefix}paused` : `✓ ${prefix}live`, bad: false };
}

/** A problem is read in full before the counts; at least 20 columns stay for them. */
function infoWidth(width: number, health: { text: string; bad: boolean }): number {
  const half = Math.max(10, Math.floor(width / 2));
  return health.bad ? Math.max(Math.min(20, half), width - stringWidth(health.text) - 1) : half;
}

export function StatusBar(props: StatusBarProps) {
  const { colours: theme } = useTheme();
  const { width, sources, updateCount, shownCount, reactionCount, unreadCount, filter, hints, activity } = props;
  const counts = filter.text !== '' ? `${shownCount} of ${plural(updateCount, 'update')}` : plural(updateCount, 'update');
  const tempo = activity === '' ? '' : ` · ${activity}`;
  const unread = unreadCount > 0 ? ` (${unreadCount} unread)` : '';
  const info = `${sourceSummary(sources)} · ${counts}${unread} · ${plural(reactionCount, 'reaction')}${tempo}`;
  const health = healthOf(props);
  return (
    <Box flexDirection="column" width={width} height={2}>
      {filter.editing || filter.text !== '' ? (
        <Text wrap="truncate-end">
          <Text color={theme.stance}>/</Text>
          {filter.text}
          {filter.editing ? <Text inverse> </Text> : <Text color={theme.muted}>   (Esc clears)</Text>}
          <Text color={theme.muted}>   {counts}</Text>
        </Text>
      ) : health !== null ? (
        <Text wrap="truncate-end">
          <Text>{truncateLine(info, infoWidth(width, health))} </Text>
          <Text color={health.bad ? theme.error : theme.muted}>{health.text}</Text>
        </Text>
      ) : (
        <Text wrap="truncate-end">{info}</Text>
      )}
      <Text color={theme.muted} wrap="truncate-end">{hints}</Text>
    </Box>
  );
}
