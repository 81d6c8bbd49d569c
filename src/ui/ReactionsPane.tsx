import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Reaction } from '../model.js';
import type { ListWindow } from '../state/list-cursor.js';
import { formatRowTime } from '../text/format-time.js';
import { truncateLine } from '../text/wrap-text.js';
import { Pane, paneTextWidth } from './Pane.js';
import { SELECTED_MARK, theme, UNFOCUSED_MARK } from './theme.js';

interface ReactionRowProps {
  reaction: Reaction;
  selected: boolean;
  focused: boolean;
  width: number;
  now: Date;
}

const ReactionRow = memo(function ReactionRow({ reaction, selected, focused, width, now }: ReactionRowProps) {
  const time = formatRowTime(reaction.time, null, now);
  const actor = reaction.actor ?? 'Unattributed';
  const stance = reaction.stance ?? 'says';
  const quote = reaction.kind === 'quote' ? `“${reaction.text}”` : reaction.text;
  const head = `${time} ${actor} ${stance}: `;
  const rest = truncateLine(quote, Math.max(1, width - 2 - head.length));
  const inverse = selected && focused;
  return (
    <Text wrap="truncate-end" inverse={inverse}>
      <Text bold>{selected ? (focused ? SELECTED_MARK : UNFOCUSED_MARK) : '  '}</Text>
      <Text color={inverse ? undefined : theme.time}>{time} </Text>
      <Text bold color={inverse ? undefined : theme.actor}>{actor}</Text>
      <Text color={inverse ? undefined : theme.stance}> {stance}: </Text>
      <Text>{rest}</Text>
    </Text>
  );
});

interface ReactionsPaneProps {
  reactions: readonly Reaction[];
  window: ListWindow;
  focused: boolean;
  width: number;
  height: number;
  now: Date;
}

export function ReactionsPane({ reactions, window, focused, width, height, now }: ReactionsPaneProps) {
  const textWidth = paneTextWidth(width);
  const position = reactions.length === 0 ? '' : ` ${window.selected + 1}/${reactions.length}`;
  return (
    <Pane title={`Reactions${position}`} width={width} height={height} focused={focused}>
      {reactions.length === 0 ? (
        <Text color={theme.muted} wrap="truncate-end">No quotes or statements found yet.</Text>
      ) : (
        <Box flexDirection="column">
          {reactions.slice(window.start, window.end).map((reaction, offset) => (
            <ReactionRow
              key={reaction.id}
              reaction={reaction}
              selected={window.start + offset === window.selected}
              focused={focused}
              width={textWidth}
              now={now}
            />
          ))}
        </Box>
      )}
    </Pane>
  );
}
