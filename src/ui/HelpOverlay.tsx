import { Box, Text } from 'ink';
import { KEYMAP, keyLabels } from '../state/keymap.js';
import { Pane } from './Pane.js';
import { theme } from './theme.js';

interface HelpOverlayProps {
  width: number;
  height: number;
  bodyRows: number;
}

/** Generated from the keymap the input handler uses, so it cannot drift from it. */
export function HelpOverlay({ width, height, bodyRows }: HelpOverlayProps) {
  const rows = KEYMAP.map((binding) => ({ keys: keyLabels(binding).join(' '), description: binding.description }));
  const keysWidth = rows.reduce((widest, row) => Math.max(widest, row.keys.length), 0) + 2;
  return (
    <Pane title="Keys   (Esc, q or ? to close)" width={width} height={height} focused>
      <Box flexDirection="column">
        {rows.slice(0, bodyRows).map((row) => (
          <Text key={row.keys} wrap="truncate-end">
            <Text color={theme.stance}>{row.keys.padEnd(keysWidth)}</Text>
            {row.description}
          </Text>
        ))}
      </Box>
    </Pane>
  );
}
