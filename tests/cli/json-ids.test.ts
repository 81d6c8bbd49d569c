// The ids in --json output, read by scripts: printable, the same from one run to the
// next, and unique across sources even when two feeds use the same guid.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../archive/temp-archive.js';
import { runCli } from '../reliability/run-cli.js';

const tempDir = useTempDir();

interface JsonUpdate {
  id: string;
  guid: string;
  sourceId: string;
  title: string;
}

interface JsonReaction {
  id: string;
  updateId: string;
  actor: string | null;
}

function feed(title: string, speaker: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://example.org/</link><description>Test feed</description>
<item><guid isPermaLink="false">post-1</guid><title>${title}: ministers meet</title>
<pubDate>Tue, 18 Aug 2020 16:40:00 GMT</pubDate>
<description>"We call for calm and for talks to begin at once," ${speaker} said on Tuesday.</description></item>
</channel></rss>
`;
}

function twoFeedsWithOneGuid(): [string, string] {
  const dir = tempDir();
  const first = path.join(dir, 'first.rss');
  const second = path.join(dir, 'second.rss');
  writeFileSync(first, feed('First desk', 'Foreign Minister Ana Silva'));
  writeFileSync(second, feed('Second desk', 'Prime Minister Moctar Ouane'));
  return [first, second];
}

async function jsonOf(...args: string[]) {
  const run = await runCli(['--json', '--no-archive', ...args], 20_000);
  expect([run.code, run.stderr]).toEqual([0, '']);
  return { raw: run.stdout, desk: JSON.parse(run.stdout) as { updates: JsonUpdate[]; reactions: JsonReaction[] } };
}

describe('--json ids', () => {
  it('gives two sources’ updates with the same guid two ids, and keeps each guid', async () => {
    const [first, second] = twoFeedsWithOneGuid();
    const { desk } = await jsonOf(first, second);
    expect(desk.updates).toHaveLength(2);
    expect(desk.updates.map((update) => update.guid)).toEqual(['post-1', 'post-1']);
    expect(new Set(desk.updates.map((update) => update.id)).size).toBe(2);
  });

  it('ties each reaction to its own update, with printable ids', async () => {
    const [first, second] = twoFeedsWithOneGuid();
    const { raw, desk } = await jsonOf(first, second);
    expect(raw).not.toContain('\\u0000');
    const sourceOf = new Map(desk.updates.map((update) => [update.id, update.sourceId]));
    const speakers = desk.reactions.map((reaction) => [sourceOf.get(reaction.updateId), reaction.actor]);
    expect(speakers).toEqual([
      [first, 'Ana Silva'],
      [second, 'Moctar Ouane'],
    ]);
    for (const id of [...desk.updates.map((update) => update.id), ...desk.reactions.map((reaction) => reaction.id)]) {
      expect(id).toMatch(/^[\x21-\x7e]+$/u);
    }
    expect(new Set(desk.reactions.map((reaction) => reaction.id)).size).toBe(2);
  });

  it('gives the same ids on every run', async () => {
    const [first, second] = twoFeedsWithOneGuid();
    const once = (await jsonOf(first, second)).desk;
    const again = (await jsonOf(second, first)).desk;
    const ids = (desk: typeof once) => [...desk.updates.map((u) => `${u.sourceId} ${u.id}`), ...desk.reactions.map((r) => r.id)].sort();
    expect(ids(again)).toEqual(ids(once));
  });
});
