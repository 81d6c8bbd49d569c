import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useTheme } from './theme-context.js';

interface PaneProps {
  /** Text, or a line of its own (a prompt with its cursor). */
  title: ReactNode;
  width: number;
  height: number;
  focused: boolean;
  children: ReactNode;
}

/** A bordered box of an exact size with a one-line title; the body must fit in height - 3 rows. */
export function Pane({ title, width, height, focused, children }: PaneProps) {
  const { colours } = useTheme();
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle="round"
      borderColor={focused ? colours.borderFocused : colours.border}
      paddingX={1}
      overflow="hidden"
    >
      <Text bold color={focused ? colours.paneTitle : undefined} wrap="truncate-end">
        {title}
      </Text>
      {children}
    </Box>
  );
}

/** Width of a row inside a pane: border and padding take four columns. */
export function paneTextWidth(width: number): number {
  return Math.max(1, width - 4);
}
