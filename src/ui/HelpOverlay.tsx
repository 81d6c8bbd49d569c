import { Box, Text } from 'ink';
import { HELP_ROWS } from '../state/help-rows.js';
import { Pane } from './Pane.js';
import { useTheme } from './theme-context.js';

interface HelpOverlayProps {
  /** First row shown: the list scrolls when the terminal is shorter than it. */
  scroll: number;
  width: number;
  height: number;
  bodyRows: number;
}

const KEYS_WIDTH = HELP_ROWS.reduce((widest, row) => Math.max(widest, row.keys.length), 0) + 2;

/** Generated from the keymap the input handler uses, so it cannot drift from it. */
export function HelpOverlay({ scroll, width, height, bodyRows }: HelpOverlayProps) {
  const { colours } = useTheme();
  const shown = HELP_ROWS.slice(scroll, scroll + bodyRows);
  const position = HELP_ROWS.length > bodyRows ? ` — ${scroll + 1}–${scroll + shown.length} of ${HELP_ROWS.length}, ↑↓ scroll` : '';
  return (
    <Pane title={`Keys${position}   (Esc, q or ? to close)`} width={width} height={height} focused>
      <Box flexDirection="column">
        {shown.map((row) => (
          <Text key={row.keys} wrap="truncate-end">
            <Text color={colours.stance}>{row.keys.padEnd(KEYS_WIDTH)}</Text>
            {row.description}
          </Text>
        ))}
      </Box>
    </Pane>
  );
}
