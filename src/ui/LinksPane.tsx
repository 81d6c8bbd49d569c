import { Box, Text } from 'ink';
import { memo } from 'react';
import type { LinkListView } from '../state/link-list.js';
import { truncateLine } from '../text/wrap-text.js';
import { Pane, paneTextWidth } from './Pane.js';
import { SELECTED_MARK } from './theme.js';

// Memoised: moving the selection redraws two rows.
const Row = memo(function Row({ link, number, selected, width }: { link: string; number: number; selected: boolean; width: number }) {
  const label = `[${number}] `;
  return (
    <Text wrap="truncate-end" inverse={selected}>
      <Text bold>{selected ? SELECTED_MARK : '  '}</Text>
      {label}
      {truncateLine(link, Math.max(1, width - 2 - label.length))}
    </Text>
  );
});

/** The links in an update's text, one a row, to open or copy. */
export function LinksPane({ view, width, height }: { view: LinkListView; width: number; height: number }) {
  const textWidth = paneTextWidth(width);
  return (
    <Pane title={view.title} width={width} height={height} focused>
      <Box flexDirection="column">
        {view.rows.map((row) => (
          <Row key={row.key} link={row.key} number={row.number} selected={row.selected} width={textWidth} />
        ))}
      </Box>
    </Pane>
  );
}
