import { Box, Text } from 'ink';
import type { DetailLine, DetailLineStyle } from '../state/detail-lines.js';
import { Pane } from './Pane.js';
import { theme } from './theme.js';

const LINE_STYLES: Record<DetailLineStyle, { bold?: boolean; color?: string; strikethrough?: boolean }> = {
  title: { bold: true },
  meta: { color: theme.muted },
  body: {},
  heading: { bold: true, color: theme.paneTitle },
  reaction: { color: theme.actor },
  highlight: { color: theme.highlight, bold: true },
  added: { color: theme.added },
  removed: { color: theme.removed, strikethrough: true },
};

interface DetailViewProps {
  title: string;
  lines: readonly DetailLine[];
  scroll: number;
  width: number;
  height: number;
  bodyRows: number;
}

export function DetailView({ title, lines, scroll, width, height, bodyRows }: DetailViewProps) {
  const visible = lines.slice(scroll, scroll + bodyRows);
  const last = Math.min(lines.length, scroll + bodyRows);
  const position = lines.length > bodyRows ? ` — lines ${scroll + 1}–${last} of ${lines.length}` : '';
  return (
    <Pane title={`${title}${position}   (Esc back)`} width={width} height={height} focused>
      <Box flexDirection="column">
        {visible.map((line, index) => (
          <Text key={scroll + index} wrap="truncate-end" {...LINE_STYLES[line.style]}>
            {line.text === '' ? ' ' : line.text}
          </Text>
        ))}
      </Box>
    </Pane>
  );
}
