import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import type { FilterState } from '../state/app-state.js';
import { countsText, healthOf, statusInfo, type StatusLineInput } from '../state/status-line.js';
import { truncateLine } from '../text/wrap-text.js';
import { useTheme } from './theme-context.js';

interface StatusBarProps extends Omit<StatusLineInput, 'filtering'> {
  width: number;
  filter: FilterState;
  hints: string;
}

export function StatusBar(props: StatusBarProps) {
  const { colours: theme } = useTheme();
  const { width, filter, hints } = props;
  const input = { ...props, filtering: filter.text !== '' };
  const health = healthOf(input);
  const healthText = health === null ? null : <Text color={health.bad ? theme.error : theme.muted}>{health.text}</Text>;
  let first;
  if (filter.editing || filter.text !== '') {
    // A problem stays in view while the timeline is filtered; the Esc hint gives way to it.
    const problem = health !== null && health.bad ? health : null;
    const counts = countsText({ ...input, unreadCount: 0 });
    const hint = filter.editing ? ' ' : problem === null ? '   (Esc clears)' : '';
    const natural = 1 + stringWidth(filter.text) + stringWidth(hint) + 3 + stringWidth(counts);
    const room = problem === null ? width : Math.min(natural, Math.max(Math.floor(width / 2), width - stringWidth(problem.text) - 1));
    const text = truncateLine(filter.text, Math.max(1, room - natural + stringWidth(filter.text)));
    first = (
      <Text wrap="truncate-end">
        <Text color={theme.stance}>/</Text>
        {text}
        {filter.editing ? <Text inverse> </Text> : <Text color={theme.muted}>{hint}</Text>}
        <Text color={theme.muted}>   {counts}</Text>
        {problem !== null && <Text color={theme.error}> {problem.text}</Text>}
      </Text>
    );
  } else {
    first = (
      <Text wrap="truncate-end">
        {health === null ? statusInfo(input, width, null) : <Text>{statusInfo(input, width, health)} </Text>}
        {healthText}
      </Text>
    );
  }
  return (
    <Box flexDirection="column" width={width} height={2}>
      {first}
      <Text color={theme.muted} wrap="truncate-end">{hints}</Text>
    </Box>
  );
}
