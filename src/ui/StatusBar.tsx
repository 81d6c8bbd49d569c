import { Box, Text } from 'ink';
import type { Source } from '../model.js';
import type { FilterState } from '../state/app-state.js';
import { truncateLine } from '../text/wrap-text.js';
import { theme } from './theme.js';

interface StatusBarProps {
  width: number;
  sources: readonly Source[];
  updateCount: number;
  shownCount: number;
  reactionCount: number;
  filter: FilterState;
  hints: string;
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

export function StatusBar({ width, sources, updateCount, shownCount, reactionCount, filter, hints }: StatusBarProps) {
  const failed = sources.filter((source) => source.error !== null);
  const counts = filter.text !== '' ? `${shownCount} of ${plural(updateCount, 'update')}` : plural(updateCount, 'update');
  const info = `${sourceSummary(sources)} · ${counts} · ${plural(reactionCount, 'reaction')}`;
  return (
    <Box flexDirection="column" width={width} height={2}>
      {filter.editing || filter.text !== '' ? (
        <Text wrap="truncate-end">
          <Text color={theme.stance}>/</Text>
          {filter.text}
          {filter.editing ? <Text inverse> </Text> : <Text color={theme.muted}>   (Esc clears)</Text>}
          <Text color={theme.muted}>   {counts}</Text>
        </Text>
      ) : failed.length > 0 ? (
        <Text wrap="truncate-end">
          <Text>{truncateLine(info, Math.max(10, Math.floor(width / 2)))} </Text>
          <Text color={theme.error}>⚠ {failed[0]!.error}{failed.length > 1 ? ` (+${failed.length - 1} more)` : ''}</Text>
        </Text>
      ) : (
        <Text wrap="truncate-end">{info}</Text>
      )}
      <Text color={theme.muted} wrap="truncate-end">{hints}</Text>
    </Box>
  );
}
