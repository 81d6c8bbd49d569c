import { Box, Text } from 'ink';
import { memo } from 'react';
import type { TimelineRow as Row, TimelineView } from '../state/timeline-rows.js';
import { truncateLine } from '../text/wrap-text.js';
import { Pane, paneTextWidth } from './Pane.js';
import { SELECTED_MARK, sourceColour, UNFOCUSED_MARK } from './theme.js';
import { useTheme } from './theme-context.js';

type TimelineRowProps = Omit<Row, 'key'> & { focused: boolean; width: number; timeWidth: number };

// Rows are memoised on their fields: moving the selection re-renders two rows, not the window.
export const TimelineRow = memo(function TimelineRow(props: TimelineRowProps) {
  const { selected, focused, width, timeWidth, time, tag, sourceIndex, badge, alerted, unread, otherSources, heading } = props;
  const theme = useTheme();
  const { colours } = theme;
  const tagText = tag === null ? '' : `[${tag}] `;
  const badgeText = badge === null ? '' : `${badge} `;
  const sourcesText = otherSources > 0 ? ` +${otherSources} source${otherSources === 1 ? '' : 's'}` : '';
  // One column for the unread dot, as feed readers do.
  const titleWidth = Math.max(1, width - 2 - timeWidth - 1 - tagText.length - badgeText.length - 2 - sourcesText.length);
  const title = truncateLine(heading, titleWidth);
  const inverse = selected && focused;
  return (
    <Text wrap="truncate-end" inverse={inverse}>
      <Text bold>{selected ? (focused ? SELECTED_MARK : UNFOCUSED_MARK) : '  '}</Text>
      <Text color={inverse ? undefined : colours.unread}>{unread ? '• ' : '  '}</Text>
      <Text color={inverse ? undefined : colours.time}>{truncateLine(time, width)} </Text>
      {tag !== null && <Text color={inverse ? undefined : sourceColour(theme, sourceIndex)}>{tagText}</Text>}
      {badge !== null && (
        <Text bold color={inverse ? undefined : badge === 'NEW' ? colours.badgeNew : colours.badgeEdited}>
          {badgeText}
        </Text>
      )}
      <Text bold={alerted} color={alerted && !inverse ? colours.alert : undefined}>
        {title.padEnd(titleWidth)}
      </Text>
      {sourcesText !== '' && <Text color={inverse ? undefined : colours.muted}>{sourcesText}</Text>}
    </Text>
  );
});

interface TimelinePaneProps {
  view: TimelineView;
  focused: boolean;
  width: number;
  height: number;
}

export function TimelinePane({ view, focused, width, height }: TimelinePaneProps) {
  const { colours } = useTheme();
  const textWidth = paneTextWidth(width);
  return (
    <Pane title={view.title} width={width} height={height} focused={focused}>
      {view.rows.length === 0 ? (
        <Text color={colours.muted} wrap="truncate-end">{view.emptyMessage}</Text>
      ) : (
        <Box flexDirection="column">
          {view.rows.map(({ key, ...row }) => (
            <TimelineRow key={key} {...row} focused={focused} width={textWidth} timeWidth={view.timeWidth} />
          ))}
        </Box>
      )}
    </Pane>
  );
}
