import { Box, Text } from 'ink';
import { Component, type ContextType, type ReactNode } from 'react';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { ThemeContext } from './theme-context.js';

interface PaneBoundaryProps {
  name: string;
  width: number;
  height: number;
  /** What the pane draws from: when it changes, the pane is tried again. */
  input?: unknown;
  children: ReactNode;
}

interface PaneBoundaryState {
  message: string | null;
  /** The input the error happened with. */
  failedWith: unknown;
}

/**
 * A rendering error in one pane shows as a box where the pane was; the rest of
 * the dashboard, and everything already loaded, keeps working. New input (an
 * arrival, a move) gives the pane another try, so one bad frame is not for ever.
 */
export class PaneBoundary extends Component<PaneBoundaryProps, PaneBoundaryState> {
  static override contextType = ThemeContext;
  declare context: ContextType<typeof ThemeContext>;
  override state: PaneBoundaryState = { message: null, failedWith: undefined };

  static getDerivedStateFromError(error: unknown): Partial<PaneBoundaryState> {
    return { message: sanitizeLine(error instanceof Error ? error.message : String(error)) };
  }

  static getDerivedStateFromProps(props: PaneBoundaryProps, state: PaneBoundaryState): Partial<PaneBoundaryState> | null {
    if (state.message === null) return state.failedWith === props.input ? null : { failedWith: props.input };
    return props.input === state.failedWith ? null : { message: null, failedWith: props.input };
  }

  override render() {
    const { name, width, height, children } = this.props;
    if (this.state.message === null) return children;
    const { colours } = this.context;
    return (
      <Box width={width} height={height} borderStyle="round" borderColor={colours.error} paddingX={1} flexDirection="column">
        <Text color={colours.error} wrap="truncate-end">The {name} could not be drawn: {this.state.message}</Text>
        <Text color={colours.muted} wrap="truncate-end">Other panes keep working; q quits.</Text>
      </Box>
    );
  }
}
