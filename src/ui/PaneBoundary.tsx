import { Box, Text } from 'ink';
import { Component, type ReactNode } from 'react';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { theme } from './theme.js';

interface PaneBoundaryProps {
  name: string;
  width: number;
  height: number;
  children: ReactNode;
}

/**
 * A rendering error in one pane shows as a box where the pane was; the rest of
 * the dashboard, and everything already loaded, keeps working.
 */
export class PaneBoundary extends Component<PaneBoundaryProps, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: sanitizeLine(error instanceof Error ? error.message : String(error)) };
  }

  override render() {
    const { name, width, height, children } = this.props;
    if (this.state.message === null) return children;
    return (
      <Box width={width} height={height} borderStyle="round" borderColor={theme.error} paddingX={1} flexDirection="column">
        <Text color={theme.error} wrap="truncate-end">The {name} could not be drawn: {this.state.message}</Text>
        <Text color={theme.muted} wrap="truncate-end">Other panes keep working; q quits.</Text>
      </Box>
    );
  }
}
