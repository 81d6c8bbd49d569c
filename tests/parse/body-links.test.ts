// Bodies keep where their links pointed: RSS, Atom, JSON Feed and web pages alike,
// made absolute against the update's address, http(s) only, once each, and archived.
import { describe, expect, it } from 'vitest';
import { normaliseUpdates } from '../../src/ingest/normalise-updates.js';
import { htmlToText, htmlToTextWithLinks } from '../../src/parse/html-to-text.js';
import { parseFeedText } from '../../src/parse/parse-feed-text.js';
import { mustOpen, useTempDir } from '../archive/temp-archive.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const context = { fallbackDate: new Date('2020-08-18T12:00:00Z') };

const RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<item><title>Curfew announced</title><link>https://wire.example/news/curfew</link><guid>c1</guid>
<description><![CDATA[<p>The junta set a <a href="https://wire.example/docs/curfew.pdf">curfew</a> from 9pm;
see the <a href="/live/mali">live page</a>, the <a href='javascript:alert(1)'>map</a>,
<a href="mailto:desk@wire.example">write to us</a> and <a href="https://wire.example/docs/curfew.pdf">the order</a>.</p>
<p><a href="#comments">Comments</a></p>]]></description></item>
<item><title>No links here</title><guid>c2</guid><description>Plain words only.</description></item>
</channel></rss>`;

const tempDir = useTempDir();

describe('links in bodies', () => {
  it('the HTML converter keeps the targets of links, text unchanged', () => {
    const html = '<p>Read <a href="https://a.example/x?y=1&amp;z=2">the statement</a> in full.</p>';
    expect(htmlToTextWithLinks(html)).toEqual({ text: 'Read the statement in full.', links: ['https://a.example/x?y=1&z=2'] });
    expect(htmlToText(html)).toBe('Read the statement in full.');
  });

  it('an RSS item’s links are made absolute against its address, http(s) only, once each', async () => {
    const feed = await parseFeedText(RSS, context);
    const [curfew, plain] = normaliseUpdates('wire', feed.updates);
    expect(curfew!.links).toEqual(['https://wire.example/docs/curfew.pdf', 'https://wire.example/live/mali']);
    expect(curfew!.body).not.toContain('http');
    // An update that links nowhere carries no list at all.
    expect(plain!.links).toBeUndefined();
  });

  it('a JSON Feed item’s content_html links are kept', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Desk',
      items: [{ id: '1', url: 'https://desk.example/1', content_html: '<p>See <a href="2">the next one</a>.</p>' }],
    });
    const [update] = normaliseUpdates('desk', (await parseFeedText(json, context)).updates);
    expect(update!.links).toEqual(['https://desk.example/2']);
  });

  it('a live blog page’s update keeps the links in its block, not its own anchor', async () => {
    // A page of our own fixtures, with a link written into one update's words.
    const page = readFileSync(new URL('../fixtures/pages/liveblog-html-wins.html', import.meta.url), 'utf8').replaceAll(
      'the ferry company says.',
      'the <a href="/ferries/notices">ferry company</a> says.',
    );
    const feed = await parseFeedText(page, { ...context, pageUrl: 'https://courier.example/world/live/storm-edda' });
    const updates = normaliseUpdates('page', feed.updates);
    const ferries = updates.find((update) => update.title === 'Ferries cancelled for the rest of the day');
    expect(ferries?.links).toEqual(['https://courier.example/ferries/notices']);
    // Its own anchor and the share buttons beside the harbour master's words are no links of its text.
    expect(updates.find((update) => update.body.includes('Ines Vaala'))?.links).toBeUndefined();
  });

  it('the archive keeps them, and gives them back', async () => {
    const archive = mustOpen(join(tempDir(), 'a.db'));
    const updates = normaliseUpdates('wire', (await parseFeedText(RSS, context)).updates);
    archive.saveUpdates('wire', updates, [], 1);
    const back = archive.loadDesk().updates;
    expect(back.find((update) => update.id === 'c1')?.links).toEqual(['https://wire.example/docs/curfew.pdf', 'https://wire.example/live/mali']);
    expect(back.find((update) => update.id === 'c2')?.links).toBeUndefined();
    archive.close();
  });
});
