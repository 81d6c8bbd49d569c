// What crosses back from the worker is made to share its strings again; nothing it
// says may change on the way.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/ingest/pipeline.js';
import { shareStrings } from '../../src/ingest/share-strings.js';
import { generateRss } from '../fixtures/generate-feed.js';

describe('shareStrings', () => {
  it('leaves every update, reaction and listed key as it was', async () => {
    const step = await createPipeline({ workerFile: null }).ingest({ location: 'https://example.org/live.rss', content: { text: generateRss(300) }, fallbackDate: Date.UTC(2020, 7, 18) });
    expect(step.loaded.reactions.length).toBeGreaterThan(300);
    const copy = structuredClone(step.loaded);
    const shared = shareStrings(structuredClone(step.loaded));
    expect(shared).toEqual(copy);
  });
});
