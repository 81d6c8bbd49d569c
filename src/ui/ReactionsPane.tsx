import { Box, Text } from 'ink';
import { memo } from 'react';
import type { ListWindow } from '../state/list-cursor.js';
import type { ReactionRow, ReactionsView } from '../state/reaction-rows.js';
import { formatRowTime } from '../text/format-time.js';
import { truncateLine } from '../text/wrap-text.js';
import { Pane, paneTextWidth } from './Pane.js';
import { SELECTED_MARK, UNFOCUSED_MARK } from './theme.js';
import { useTheme } from './theme-context.js';
import stringWidth from 'string-width';

interface RowProps {
  row: ReactionRow;
  selected: boolean;
  focused: boolean;
  width: number;
  now: Date;
}

function Mark({ selected, focused }: { selected: boolean; focused: boolean }) {
  return <Text bold>{selected ? (focused ? SELECTED_MARK : UNFOCUSED_MARK) : '  '}</Text>;
}

// Memoised: moving the selection re-renders the two rows whose mark changes.
const Row = memo(function Row({ row, selected, focused, width, now }: RowProps) {
  const { colours: theme } = useTheme();
  const inverse = selected && focused;
  const colour = (name: string | undefined) => (inverse ? undefined : name);
  if (row.type === 'actor') {
    const { group } = row;
    const name = group.actor === '' ? 'Unattributed' : group.actor;
    // A person folded into a country or body keeps their own name beside it.
    const alias = group.aliases.find((candidate) => candidate.includes(' ')) ?? group.aliases[0];
    const role = (alias !== undefined ? ` / ${alias}` : '') + (group.role !== null ? ` (${group.role})` : '');
    const tail = ` ${group.reactions.length} · ${group.latestStance ?? 'says'} · ${formatRowTime(group.latestTime, null, now)}`;
    const head = truncateLine(name + role, Math.max(1, width - 2 - stringWidth(tail)));
    return (
      <Text wrap="truncate-end" inverse={inverse}>
        <Mark selected={selected} focused={focused} />
        <Text bold color={colour(theme.actor)}>{head}</Text>
        <Text color={colour(theme.muted)}>{tail}</Text>
      </Text>
    );
  }
  const { reaction } = row;
  const time = formatRowTime(reaction.time, null, now);
  const actor = !row.grouped || row.speakerDiffers ? `${reaction.actor ?? 'Unattributed'} ` : '';
  const stance = `${reaction.stance ?? 'says'}: `;
  const indent = row.grouped ? '  ' : '';
  const quote = reaction.kind === 'quote' ? `“${reaction.text}”` : reaction.text;
  const sources = row.otherSources > 0 ? ` +${row.otherSources} source${row.otherSources === 1 ? '' : 's'}` : '';
  const used = 2 + indent.length + stringWidth(time) + 1 + stringWidth(actor) + stringWidth(stance) + sources.length;
  return (
    <Text wrap="truncate-end" inverse={inverse}>
      <Mark selected={selected} focused={focused} />
      {indent}
      <Text color={colour(theme.time)}>{time} </Text>
      {actor !== '' && <Text bold color={colour(theme.actor)}>{actor}</Text>}
      <Text color={colour(theme.stance)}>{stance}</Text>
      <Text>{truncateLine(quote, Math.max(1, width - used))}</Text>
      {sources !== '' && <Text color={colour(theme.muted)}>{sources}</Text>}
    </Text>
  );
});

interface ReactionsPaneProps {
  rows: readonly ReactionRow[];
  view: ReactionsView;
  window: ListWindow;
  focused: boolean;
  width: number;
  height: number;
  now: Date;
}

export function ReactionsPane({ rows, view, window, focused, width, height, now }: ReactionsPaneProps) {
  const { colours: theme } = useTheme();
  const textWidth = paneTextWidth(width);
  const label = view === 'by-actor' ? 'Reactions by actor' : 'Reactions in time order';
  return (
    <Pane title={`${label}   (s switches)`} width={width} height={height} focused={focused}>
      {rows.length === 0 ? (
        <Text color={theme.muted} wrap="truncate-end">No quotes or statements found yet.</Text>
      ) : (
        <Box flexDirection="column">
          {rows.slice(window.start, window.end).map((row, offset) => (
            <Row
              key={row.key}
              row={row}
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
