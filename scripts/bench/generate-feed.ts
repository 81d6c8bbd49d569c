// Generates live-blog-like feeds for benchmarks: RSS 2.0 with quotes and
// attributions in every item, so parsing and reaction extraction both work.

const ACTORS = [
  ['France', 'Foreign Minister Jean-Yves Le Drian'],
  ['ECOWAS', 'the regional bloc'],
  ['the African Union', 'Commission chair Moussa Faki Mahamat'],
  ['the United Nations', 'spokesman Stephane Dujarric'],
  ['the opposition', 'coalition leader Mahmoud Dicko'],
] as const;

const EVENTS = ['gunfire near the base', 'protests in the square', 'talks at the embassy', 'roadblocks on the highway', 'a curfew in the capital'];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function liveBlogItem(index: number, startMs: number) {
  const [body, speaker] = ACTORS[index % ACTORS.length]!;
  const event = EVENTS[index % EVENTS.length]!;
  const time = new Date(startMs - index * 60_000);
  return {
    title: `Update ${index}: ${body} responds to ${event}`,
    guid: `bench-${index}`,
    pubDate: time.toUTCString(),
    html:
      `<p>Reports of ${event} continued on the ${index}th hour of the crisis.</p>` +
      `<p>&ldquo;We call on all sides to show restraint and return to dialogue,&rdquo; ${speaker} said in a statement.</p>` +
      `<p>${body.charAt(0).toUpperCase() + body.slice(1)} condemned the violence and urged calm.</p>`,
  };
}

export function generateRss(count: number, startMs = Date.UTC(2020, 7, 18, 23, 0)): string {
  const items: string[] = [];
  for (let index = 0; index < count; index++) {
    const item = liveBlogItem(index, startMs);
    items.push(
      `<item><title>${escapeXml(item.title)}</title><guid isPermaLink="false">${item.guid}</guid>` +
        `<pubDate>${item.pubDate}</pubDate><description>${escapeXml(item.html)}</description></item>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Benchmark live blog (${count})</title>` +
    `<link>https://example.org/bench</link><description>Generated for livedesk benchmarks.</description>\n` +
    items.join('\n') +
    '\n</channel></rss>\n'
  );
}

// Run directly: write a feed of N items to a file. Only then: bundled into the benchmark,
// this ran with the benchmark's own flags and wrote a file named "--profile".
if (process.argv[1]?.endsWith('generate-feed.ts') && process.argv[2] && process.argv[3]) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.argv[3], generateRss(Number(process.argv[2])));
}
