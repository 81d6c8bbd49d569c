import { Box, Text } from 'ink';
import type { DetailLine, DetailLineStyle } from '../state/detail-lines.js';
import { useMemo } from 'react';
import { Pane } from './Pane.js';
import type { Colours } from './theme.js';
import { useTheme } from './theme-context.js';

type LineStyle = { bold?: boolean; color?: string; strikethrough?: boolean };

function lineStyles(colours: Colours): Record<DetailLineStyle, LineStyle> {
  return {
    title: { bold: true },
    meta: { color: colours.muted },
    body: {},
    heading: { bold: true, color: colours.paneTitle },
    reaction: { color: colours.actor },
    highlight: { color: colours.highlight, bold: true },
    added: { color: colours.added },
    removed: { color: colours.removed, strikethrough: true },
  };
}

interface DetailViewProps {
  title: string;
  lines: readonly DetailLine[];
  scroll: number;
  width: number;
  height: number;
  bodyRows: number;
}

export function DetailView({ title, lines, scroll, width, height, bodyRows }: DetailViewProps) {
  const { colours } = useTheme();
  const styles = useMemo(() => lineStyles(colours), [colours]);
  const visible = lines.slice(scroll, scroll + bodyRows);
  const last = Math.min(lines.length, scroll + bodyRows);
  const position = lines.length > bodyRows ? ` — lines ${scroll + 1}–${last} of ${lines.length}` : '';
  return (
    <Pane title={`${title}${position}   (Esc back)`} width={width} height={height} focused>
      <Box flexDirection="column">
        {visible.map((line, index) => (
          <Text key={scroll + index} wrap="truncate-end" {...styles[line.style]}>
            {line.text === '' ? ' ' : line.text}
          </Text>
        ))}
      </Box>
    </Pane>
  );
}
