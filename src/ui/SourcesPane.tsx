import { Box, Text } from 'ink';
import { memo } from 'react';
import stringWidth from 'string-width';
import type { SourceRow, SourcesPaneView } from '../state/source-rows.js';
import { truncateLine } from '../text/wrap-text.js';
import { Pane, paneTextWidth } from './Pane.js';
import { SELECTED_MARK } from './theme.js';
import { useTheme } from './theme-context.js';

// Memoised on the row's fields: moving the selection redraws two rows.
const Row = memo(function Row({ row, width }: { row: SourceRow; width: number }) {
  const { colours } = useTheme();
  const counts = `${String(row.unread).padStart(5)} unread of ${String(row.total).padEnd(5)}`;
  const health = row.health === '' ? '' : `  ${row.bad ? '⚠ ' : ''}${row.health}`;
  const shown = row.current ? ' (shown)' : '';
  // The title gives way first: the counts and the health are what the pane is for.
  const columnWidth = Math.max(8, Math.min(Math.max(30, Math.floor(width * 0.4)), width - 2 - stringWidth(counts) - 2));
  const title = truncateLine(row.title, Math.max(1, columnWidth - stringWidth(shown)));
  const padding = ' '.repeat(Math.max(0, columnWidth - stringWidth(title) - stringWidth(shown)));
  return (
    <Text wrap="truncate-end" inverse={row.selected}>
      <Text bold>{row.selected ? SELECTED_MARK : '  '}</Text>
      <Text bold={row.current}>{title}</Text>
      <Text color={row.selected ? undefined : colours.muted}>{shown}{padding}</Text>
      <Text color={row.selected || row.unread === 0 ? undefined : colours.unread}>  {counts}</Text>
      <Text color={row.selected ? undefined : row.bad ? colours.error : colours.muted}>{health}</Text>
    </Text>
  );
});

interface SourcesPaneProps {
  view: SourcesPaneView;
  width: number;
  height: number;
}

/** newsboat's feed list: every source, how many of its updates are unread, and how it is doing. */
export function SourcesPane({ view, width, height }: SourcesPaneProps) {
  const textWidth = paneTextWidth(width);
  const sources = view.total - 1;
  return (
    <Pane title={`Sources (${sources})   Enter shows one alone · Esc back`} width={width} height={height} focused>
      <Box flexDirection="column">
        {view.rows.map((row) => (
          <Row key={row.key} row={row} width={textWidth} />
        ))}
      </Box>
    </Pane>
  );
}
