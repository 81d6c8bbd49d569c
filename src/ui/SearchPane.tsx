import { Box, Text } from 'ink';
import type { SearchView } from '../state/search-rows.js';
import { Pane, paneTextWidth } from './Pane.js';
import { useTheme } from './theme-context.js';
import { TimelineRow } from './TimelinePane.js';

/** The search of the archive: its prompt as the title, its results as timeline rows. */
export function SearchPane({ view, width, height }: { view: SearchView; width: number; height: number }) {
  const { colours } = useTheme();
  const textWidth = paneTextWidth(width);
  const title = (
    <Text>
      {view.title}
      {view.editing ? <Text inverse> </Text> : null}
    </Text>
  );
  return (
    <Pane title={title} width={width} height={height} focused>
      {view.message !== null ? (
        <Text color={colours.muted} wrap="truncate-end">
          {view.message}
        </Text>
      ) : (
        <Box flexDirection="column">
          {view.rows.map(({ key, ...row }) => (
            <TimelineRow key={key} {...row} focused width={textWidth} timeWidth={view.timeWidth} />
          ))}
        </Box>
      )}
    </Pane>
  );
}
