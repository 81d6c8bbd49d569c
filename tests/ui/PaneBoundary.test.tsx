import { Box, Text } from 'ink';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PaneBoundary } from '../../src/ui/PaneBoundary.js';

function Broken(): never {
  throw new Error('bad row \x1b[2J');
}

describe('PaneBoundary', () => {
  // React reports the caught error on the console; that is expected here.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('shows an error box for the pane that failed and keeps the others', () => {
    const { lastFrame, unmount } = render(
      <Box>
        <PaneBoundary name="timeline" width={70} height={5}>
          <Broken />
        </PaneBoundary>
        <Text>reactions still here</Text>
      </Box>,
    );
    expect(lastFrame()).toContain('The timeline could not be drawn: bad row ␛[2J');
    expect(lastFrame()).toContain('reactions still here');
    unmount();
  });
});
