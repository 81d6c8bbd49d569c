import { Box, Text } from 'ink';
import type { FeedChoice } from '../state/feed-choice.js';
import { truncateLine } from '../text/wrap-text.js';
import { Pane, paneTextWidth } from './Pane.js';
import { SELECTED_MARK } from './theme.js';
import { useTheme } from './theme-context.js';

interface FeedChooserProps {
  choice: FeedChoice;
  /** The page's title, or its address. */
  pageTitle: string;
  width: number;
  height: number;
  bodyRows: number;
}

/** Asks which of the feeds a web page announces to follow: one of them, or all. */
export function FeedChooser({ choice, pageTitle, width, height, bodyRows }: FeedChooserProps) {
  const { colours: theme } = useTheme();
  const textWidth = paneTextWidth(width);
  const rows = [
    ...choice.feeds.map((feed) => (feed.title === null ? feed.url : `${feed.title} — ${feed.url}`)),
    `All of them (${choice.feeds.length} feeds)`,
  ];
  // Two rows for the question and a blank line; the list scrolls to keep the selection in view.
  const listRows = Math.max(1, bodyRows - 2);
  const first = Math.max(0, Math.min(choice.selected - listRows + 1, rows.length - listRows));
  return (
    <Pane title="Choose a feed   (↑↓ move · Enter follow · Esc none)" width={width} height={height} focused>
      <Box flexDirection="column">
        <Text wrap="truncate-end">{truncateLine(`${pageTitle} is a web page. It announces these feeds:`, textWidth)}</Text>
        <Text> </Text>
        {rows.slice(first, first + listRows).map((row, index) => {
          const selected = first + index === choice.selected;
          return (
            <Text key={first + index} wrap="truncate-end" inverse={selected} color={selected ? undefined : theme.time}>
              {truncateLine(`${selected ? SELECTED_MARK : '  '}${row}`, textWidth)}
            </Text>
          );
        })}
      </Box>
    </Pane>
  );
}
