import { describe, expect, it } from 'vitest';
import { parseXmlFeed } from '../../src/parse/parse-xml-feed.js';
import { previewFeedText } from '../../src/parse/preview-feed.js';

function rss(count: number): string {
  const items = Array.from({ length: count }, (_, i) => `<item><title>Item ${i}</title><guid>g${i}</guid></item>`).join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>\n${items}\n</channel></rss>`;
}

function atom(count: number): string {
  const entries = Array.from({ length: count }, (_, i) => `<entry><title>Entry ${i}</title><id>e${i}</id></entry>`).join('\n');
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Big</title>\n${entries}\n</feed>`;
}

describe('previewFeedText', () => {
  it('keeps the first items of an RSS feed as a document rss-parser accepts', async () => {
    const preview = previewFeedText(rss(500), 100)!;
    const feed = await parseXmlFeed(preview);
    expect(feed.title).toBe('Big');
    expect(feed.updates.map((u) => u.title)).toEqual(Array.from({ length: 100 }, (_, i) => `Item ${i}`));
  });

  it('does the same for Atom', async () => {
    const feed = await parseXmlFeed(previewFeedText(atom(300), 50)!);
    expect(feed.updates).toHaveLength(50);
    expect(feed.updates[49]!.title).toBe('Entry 49');
  });

  it('gives nothing to cut when the feed is already short', () => {
    expect(previewFeedText(rss(100), 100)).toBeNull();
    expect(previewFeedText(rss(20), 100)).toBeNull();
    expect(previewFeedText('Not XML at all', 10)).toBeNull();
  });

  it('refuses to cut inside an open CDATA section', () => {
    const tricky =
      '<rss version="2.0"><channel><title>T</title>' +
      '<item><title>A</title><description><![CDATA[ quoting </item> in a body ]]></description></item>' +
      '<item><title>B</title></item><item><title>C</title></item></channel></rss>';
    expect(previewFeedText(tricky, 1)).toBeNull();
  });
});
