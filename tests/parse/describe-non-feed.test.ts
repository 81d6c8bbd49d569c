// A document with no feed in it and no time-stamped entry is not an empty live blog:
// livedesk says what it looks like instead, in one line.
import { describe, expect, it } from 'vitest';
import { describeNonFeed, isStructuredDocument } from '../../src/parse/describe-non-feed.js';
import { parseFeedText } from '../../src/parse/parse-feed-text.js';

const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My subscriptions</title></head><body>
  <outline type="rss" text="Wire" xmlUrl="https://example.org/wire.atom"/>
</body></opml>`;

const URLS = `# feeds I follow
https://example.org/live.rss "~Live" news
https://example.org/wire.atom
`;

const PACKAGE_JSON = `{
  "name": "some-tool",
  "version": "1.2.0",
  "scripts": { "test": "vitest run" }
}`;

const README = `# some-tool

A small tool that does one thing.

## Install

\`\`\`sh
npm install some-tool
\`\`\`
`;

const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
`;

describe('describeNonFeed', () => {
  it.each([
    ['an OPML file', OPML, 'this is an OPML file (a list of feeds): follow it with --opml'],
    ['a urls file', URLS, 'this is a list of feed addresses (a urls file): follow it with --urls'],
    ['a package.json', PACKAGE_JSON, 'this is JSON, but not a JSON Feed (it has no "version" from jsonfeed.org and no "items" list)'],
    ['a top-level JSON list', '[[[1, 2], [3]]]', 'this is JSON (a list), not a JSON Feed'],
    ['JSON cut short', '{"title": "Wire", "items": [{"id": 1}', 'this looks like JSON, but it is not valid: '],
    ['an XML document of another kind', '<?xml version="1.0"?>\n<catalog><book id="b1"/></catalog>', 'this is an XML document (its root element is <catalog>), not RSS, Atom or a live blog'],
    ['a single Atom entry', '<entry xmlns="http://www.w3.org/2005/Atom"><title>One</title></entry>', 'this is a single Atom entry, not a feed'],
    ['RSS 1.1', '<Channel xmlns="http://purl.org/net/rss1.1#" rdf:about="x"><title>t</title></Channel>', 'this is an RSS 1.1 feed, which livedesk does not read'],
    ['a feed with a namespace prefix on its root', '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>t</a:title></a:feed>', 'this feed writes its elements with a namespace prefix (<a:feed>), which livedesk does not read'],
    ['a fragment of HTML', '<div class="post"><p>Some text</p></div>', 'this is a fragment of HTML, not a feed or a live blog'],
    ['XML with only a comment', '<?xml version="1.0"?>\n<!-- nothing here yet -->\n', 'this is XML with no element in it, not a feed'],
    ['a README', README, 'this is Markdown (like a README) with no time-stamped entry, not a live blog'],
    ['a password file', PASSWD, '3 lines of text, none of them a time-stamped entry such as "16:40 GMT – Title": not a live blog'],
  ])('%s', (_name, text, description) => {
    expect(describeNonFeed(text)).toContain(description);
  });

  it('sizes a single long line instead of repeating it', () => {
    const line = 'word '.repeat(2 * 1024 * 1024);
    expect(describeNonFeed(line)).toBe('this is one line of 10 MB of text with no time-stamped entry, not a live blog');
  });

  it('keeps a long root element name short', () => {
    expect(describeNonFeed(`<${'x'.repeat(500)}/>`).length).toBeLessThan(200);
  });
});

describe('isStructuredDocument', () => {
  it.each([
    ['JSON', PACKAGE_JSON, true],
    ['an XML document', OPML, true],
    ['a fragment of HTML', '<p>16:40 GMT – Title</p>', false],
    ['a live blog', 'Mali live\n\n16:40 GMT – Title\nBody.', false],
    ['a live blog with a bracketed tag first', '[LIVE] Mali\n\n16:40 GMT – Title\nBody.', false],
  ])('%s → %s', (_name, text, structured) => {
    expect(isStructuredDocument(text)).toBe(structured);
  });
});

describe('parseFeedText on documents that are not live blogs', () => {
  const context = { fallbackDate: new Date(Date.UTC(2020, 7, 18)) };

  it.each([
    ['OPML', OPML, /OPML file/],
    ['a urls file', URLS, /urls file/],
    ['package.json', PACKAGE_JSON, /JSON, but not a JSON Feed/],
    ['a README', README, /Markdown/],
    ['a password file', PASSWD, /none of them a time-stamped entry/],
  ])('refuses %s with what it looks like', async (_name, text, reason) => {
    await expect(parseFeedText(text, context)).rejects.toThrow(reason);
  });

  it('does not read time-like lines inside JSON as entries', async () => {
    await expect(parseFeedText('{"schedule": [\n"16:40 GMT – Title"\n]}', context)).rejects.toThrow(/JSON/);
  });

  it('still reads a live blog with one time-stamped entry', async () => {
    const feed = await parseFeedText('Mali live\n\n16:40 GMT – Protesters gather\nCrowds filled the square.', context);
    expect(feed.updates.map((update) => update.title)).toEqual(['Protesters gather']);
  });
});
