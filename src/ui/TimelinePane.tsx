import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Update } from '../model.js';
import type { ListWindow } from '../state/list-cursor.js';
import { matchesAlert } from '../desk/alert.js';
import { formatRowTime } from '../text/format-time.js';
import { updateHeading } from '../text/update-heading.js';
import { truncateLine } from '../text/wrap-text.js';
import { Pane, paneTextWidth } from './Pane.js';
import { SELECTED_MARK, theme, UNFOCUSED_MARK } from './theme.js';

interface TimelineRowProps {
  update: Update;
  selected: boolean;
  focused: boolean;
  width: number;
  timeWidth: number;
  now: Date;
  tag: string | null;
  tagColour: string | undefined;
  badge: 'NEW' | 'edited' | null;
  alerted: boolean;
  unread: boolean;
  /** How many other outlets reported the same development. */
  otherSources: number;
}

// Rows are memoised: moving the selection re-renders two rows, not the window.
const TimelineRow = memo(function TimelineRow(props: TimelineRowProps) {
  const { update, selected, focused, width, timeWidth, now, tag, tagColour, badge, alerted, unread, otherSources } = props;
  const time = formatRowTime(update.time, update.timeText, now).padEnd(timeWidth);
  const tagText = tag === null ? '' : `[${tag}] `;
  const badgeText = badge === null ? '' : `${badge} `;
  const sourcesText = otherSources > 0 ? ` +${otherSources} source${otherSources === 1 ? '' : 's'}` : '';
  // One column for the unread dot, as feed readers do.
  const titleWidth = Math.max(1, width - 2 - timeWidth - 1 - tagText.length - badgeText.length - 2 - sourcesText.length);
  const title = truncateLine(updateHeading(update) || '(untitled)', titleWidth);
  const inverse = selected && focused;
  return (
    <Text wrap="truncate-end" inverse={inverse}>
      <Text bold>{selected ? (focused ? SELECTED_MARK : UNFOCUSED_MARK) : '  '}</Text>
      <Text color={inverse ? undefined : theme.unread}>{unread ? '• ' : '  '}</Text>
      <Text color={inverse ? undefined : theme.time}>{truncateLine(time, width)} </Text>
      {tag !== null && <Text color={inverse ? undefined : tagColour}>{tagText}</Text>}
      {badge !== null && (
        <Text bold color={inverse ? undefined : badge === 'NEW' ? theme.badgeNew : theme.badgeEdited}>
          {badgeText}
        </Text>
      )}
      <Text bold={alerted} color={alerted && !inverse ? theme.alert : undefined}>
        {title.padEnd(titleWidth)}
      </Text>
      {sourcesText !== '' && <Text color={inverse ? undefined : theme.muted}>{sourcesText}</Text>}
    </Text>
  );
});

interface TimelinePaneProps {
  title: string;
  updates: readonly Update[];
  window: ListWindow;
  focused: boolean;
  width: number;
  height: number;
  now: Date;
  tags: ReadonlyMap<string, { tag: string; colour: string | undefined }> | null;
  emptyMessage: string;
  newKeys: ReadonlySet<string>;
  editedKeys: ReadonlyMap<string, unknown>;
  newAbove: number;
  alert: RegExp | null;
  readKeys: ReadonlySet<string>;
  alsoReported: ReadonlyMap<string, readonly Update[]>;
}

export function TimelinePane(props: TimelinePaneProps) {
  const { title, updates, window, focused, width, height, now, tags, emptyMessage, newKeys, editedKeys, newAbove, alert, readKeys, alsoReported } = props;
  const textWidth = paneTextWidth(width);
  const visible = updates.slice(window.start, window.end);
  const timeWidth = visible.reduce((widest, update) => Math.max(widest, formatRowTime(update.time, update.timeText, now).length), 5);
  const position = updates.length === 0 ? '' : ` ${window.selected + 1}/${updates.length}`;
  const banner = newAbove > 0 ? `   ↑ ${newAbove} new (g)` : '';
  return (
    <Pane title={`${title}${position}${banner}`} width={width} height={height} focused={focused}>
      {visible.length === 0 ? (
        <Text color={theme.muted} wrap="truncate-end">{emptyMessage}</Text>
      ) : (
        <Box flexDirection="column">
          {visible.map((update, offset) => {
            const tag = tags?.get(update.sourceId);
            return (
              <TimelineRow
                key={update.key}
                update={update}
                selected={window.start + offset === window.selected}
                focused={focused}
                width={textWidth}
                timeWidth={timeWidth}
                now={now}
                tag={tag?.tag ?? null}
                tagColour={tag?.colour ?? theme.tag}
                badge={newKeys.has(update.key) ? 'NEW' : editedKeys.has(update.key) ? 'edited' : null}
                alerted={alert !== null && matchesAlert(update, alert)}
                unread={!readKeys.has(update.key)}
                otherSources={alsoReported.get(update.key)?.length ?? 0}
              />
            );
          })}
        </Box>
      )}
    </Pane>
  );
}
