import { describe, expect, it } from 'vitest';
import { keepInlineMarkup, parseXmlFeed } from '../../src/parse/parse-xml-feed.js';

const atom = (entries: string): string =>
  `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Live &lt;b&gt;desk&lt;/b&gt;</title>
  <subtitle>Everything, as it happens</subtitle>
  <link rel="self" href="https://example.org/feed.atom"/>
  <link rel="alternate" href="https://example.org/"/>
  ${entries}
</feed>`;

const rss = (items: string, channelExtra = ''): string =>
  `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>  Wire
  </title><link>https://wire.example/</link><description>&lt;p&gt;Top &amp;amp; latest&lt;/p&gt;</description>${channelExtra}
  ${items}
  </channel></rss>`;

describe('parseXmlFeed with Atom', () => {
  it('maps the feed and its entries to strings', async () => {
    const parsed = await parseXmlFeed(
      atom(`<entry>
        <id>urn:1</id><title>One</title>
        <link rel="enclosure" href="https://example.org/a.mp3"/><link href="https://example.org/1"/>
        <published>2024-05-01T10:00:00+02:00</published><updated>2024-05-02T00:00:00Z</updated>
        <author><name>Ann</name><email>ann@example.org</email></author>
        <summary>short</summary><content type="html">&lt;p&gt;the long &lt;i&gt;body&lt;/i&gt;&lt;/p&gt;</content>
      </entry>`),
    );
    expect(parsed).toMatchObject({
      kind: 'atom',
      title: 'Live desk',
      summary: 'Everything, as it happens',
      link: 'https://example.org/',
    });
    expect(parsed.updates).toEqual([
      {
        id: 'urn:1',
        time: Date.UTC(2024, 4, 1, 8),
        timeText: '2024-05-01T10:00:00+02:00',
        title: 'One',
        body: 'the long body',
        link: 'https://example.org/1',
        author: 'Ann',
      },
    ]);
  });

  it('keeps the feed when one entry has an invalid date (rss-parser alone rejects it with RangeError)', async () => {
    const parsed = await parseXmlFeed(
      atom(`<entry><title>bad</title><published>yesterday-ish</published></entry>
            <entry><title>good</title><updated>2024-01-01T00:00:00Z</updated></entry>`),
    );
    expect(parsed.updates.map((u) => [u.title, u.time, u.timeText])).toEqual([
      ['bad', null, 'yesterday-ish'],
      ['good', Date.UTC(2024, 0, 1), '2024-01-01T00:00:00Z'],
    ]);
  });

  it('leaves id null when the entry has none', async () => {
    const parsed = await parseXmlFeed(atom('<entry><title>no id</title></entry>'));
    expect(parsed.updates[0]?.id).toBeNull();
  });

  it('turns an XHTML title into text', async () => {
    const parsed = await parseXmlFeed(
      atom('<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Breaking</div></title></entry>'),
    );
    expect(parsed.updates[0]?.title).toBe('Breaking');
  });
});

describe('parseXmlFeed with RSS', () => {
  it('maps channel and items, preferring content:encoded for the body', async () => {
    const parsed = await parseXmlFeed(
      rss(`<item><title>A &amp;amp; B</title><link>https://wire.example/a</link><guid isPermaLink="false">g-1</guid>
        <pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate><dc:creator>Desk</dc:creator>
        <description>teaser</description><content:encoded><![CDATA[<p>Full</p><ul><li>story</li></ul>]]></content:encoded></item>`),
    );
    expect(parsed).toMatchObject({ kind: 'rss', title: 'Wire', summary: 'Top & latest', link: 'https://wire.example/' });
    expect(parsed.updates[0]).toEqual({
      id: 'g-1',
      time: Date.UTC(2004, 0, 1, 19, 48, 21),
      timeText: 'Thu, 01 Jan 2004 19:48:21 GMT',
      title: 'A & B',
      body: 'Full\n\n• story',
      link: 'https://wire.example/a',
      author: 'Desk',
    });
  });

  it('ends with a string when the author is an element with children', async () => {
    const parsed = await parseXmlFeed(rss('<item><title>t</title><author><name>Bo</name><email>b@x</email></author></item>'));
    expect(parsed.updates[0]?.author).toBe('Bo');
  });

  it('reads a date with no zone as UTC and an unreadable one as null', async () => {
    const parsed = await parseXmlFeed(
      rss('<item><pubDate>2024-03-01 12:30:00</pubDate></item><item><pubDate>sometime</pubDate></item>'),
    );
    expect(parsed.updates.map((u) => u.time)).toEqual([Date.UTC(2024, 2, 1, 12, 30), null]);
  });

  it('accepts HTML entities and bare ampersands that strict XML refuses', async () => {
    const parsed = await parseXmlFeed(rss('<item><title>Caf&eacute; &nbsp;Q&A</title></item>'));
    expect(parsed.updates[0]?.title).toBe('Café Q&A');
  });

  it('reads <rss> without a version as RSS 2.0 and tolerates leading blank lines', async () => {
    const parsed = await parseXmlFeed('\n\n<?xml version="1.0"?><rss><channel><title>x</title><item><title>i</title></item></channel></rss>');
    expect(parsed.updates).toHaveLength(1);
  });
});

describe('parseXmlFeed errors', () => {
  it.each([
    ['malformed XML', '<rss version="2.0"><channel><title>x</channel></rss>'],
    ['an HTML page', '<!DOCTYPE html><html><body>Moved</body></html>'],
    ['another XML vocabulary', '<?xml version="1.0"?><catalog/>'],
    ['plain text', 'not xml at all'],
  ])('rejects %s in plain words', async (_name, text) => {
    await expect(parseXmlFeed(text)).rejects.toThrow(/^not a valid RSS\/Atom document: [a-z<]/);
  });

  it('never expands entities declared in a DTD', async () => {
    const text =
      '<!DOCTYPE rss [<!ENTITY e SYSTEM "file:///etc/hostname">]><rss version="2.0"><channel><title>&e;</title></channel></rss>';
    await expect(parseXmlFeed(text)).resolves.toMatchObject({ title: '&e;' });
  });

  it('still parses a good document after a failed one', async () => {
    await expect(parseXmlFeed('<rss version="2.0"><channel>')).rejects.toThrow();
    await expect(parseXmlFeed(rss('<item><title>fine</title></item>'))).resolves.toMatchObject({ title: 'Wire' });
  });
});

describe('parseXmlFeed with hostile input', () => {
  it('survives tag names that are Object.prototype keys', async () => {
    const parsed = await parseXmlFeed(rss('<item><constructor>x</constructor><toString/><title>ok</title></item>'));
    expect(parsed.updates[0]?.title).toBe('ok');
  });

  it('rejects, never crashes, on absurdly deep nesting', async () => {
    const depth = 20_000;
    const deep = `${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`;
    const text = atom(`<entry><title>t</title><content type="xhtml">${deep}</content></entry>`);
    const outcome = await parseXmlFeed(text).then(
      (feed) => `parsed ${feed.updates.length}`,
      (error: Error) => error.message,
    );
    expect(outcome).toMatch(/^(parsed 1|not a valid RSS\/Atom document: .+)$/);
  });
});

describe('HTML left unescaped inside text elements', () => {
  it('keeps every word of a title and a description with raw inline markup', async () => {
    const feed = await parseXmlFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire <i>live</i></title>
      <item><guid>1</guid><title>Talks <b>collapse</b> in Bamako &amp; Kati</title>
      <description><p>Body <i>here</i> now.</p><p>Second ]]> paragraph.</p></description></item></channel></rss>`);
    expect(feed.title).toBe('Wire live');
    expect(feed.updates[0]?.title).toBe('Talks collapse in Bamako & Kati');
    expect(feed.updates[0]?.body).toBe('Body here now.\n\nSecond ]]> paragraph.');
  });

  it('leaves CDATA and escaped HTML as they were', async () => {
    expect(keepInlineMarkup('<title><![CDATA[A <b>b</b>]]></title>')).toBe('<title><![CDATA[A <b>b</b>]]></title>');
    expect(keepInlineMarkup('<title>A &lt;b&gt;</title>')).toBe('<title>A &lt;b&gt;</title>');
    expect(keepInlineMarkup('<media:title>A <b>b</b></media:title>')).toBe('<media:title>A <b>b</b></media:title>');
  });
});
