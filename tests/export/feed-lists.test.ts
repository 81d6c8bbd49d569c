import { describe, expect, it } from 'vitest';
import { parseOpml, toOpml } from '../../src/export/opml.js';
import { parseUrlsFile, tokenizeUrlsLine } from '../../src/export/parse-urls-file.js';
import { sampleDesk } from '../fixtures/sample-desk.js';

describe('OPML', () => {
  it('round-trips source locations and titles, including characters XML reserves', () => {
    const entries = [
      { location: 'https://example.com/feed?a=1&b=2', title: 'Wire: "Mali" & <friends> \'live\'' },
      { location: 'feeds/kati-mutiny-live.txt', title: null },
      { location: 'https://example.com/ünïcode', title: 'Tab\there' },
    ];
    const parsed = parseOpml(toOpml(entries));
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual([
      entries[0],
      // A title-less entry is written under its location, as feed readers expect a text.
      { location: 'feeds/kati-mutiny-live.txt', title: 'feeds/kati-mutiny-live.txt' },
      { location: 'https://example.com/ünïcode', title: 'Tab here' },
    ]);
  });

  it('writes the sources of a desk', () => {
    const { entries } = parseOpml(toOpml(sampleDesk().sources));
    expect(entries.map((e) => e.location)).toEqual(['blog.txt', 'https://example.com/wire.rss']);
  });

  it("reads other programs' OPML: folders, single quotes, attribute case, comments, quoted >", () => {
    const text = `<?xml version="1.0"?>
      <opml version="1.0"><head><title>Mine</title></head><body>
        <!-- <outline xmlUrl="https://commented.out/feed"/> -->
        <outline text="News">
          <outline text='BBC &gt; World' type='rss' xmlURL='https://feeds.bbci.co.uk/news/world/rss.xml'/>
          <outline title="Le Monde" xmlurl="https://www.lemonde.fr/rss/une.xml" htmlUrl="https://www.lemonde.fr"></outline>
        </outline>
        <outline text="dup" xmlUrl="https://www.lemonde.fr/rss/une.xml"/>
        <outline text="&#x41;&#66;" xmlUrl="https://example.com/ab"/>
      </body></opml>`;
    expect(parseOpml(text)).toEqual({
      entries: [
        { location: 'https://feeds.bbci.co.uk/news/world/rss.xml', title: 'BBC > World' },
        { location: 'https://www.lemonde.fr/rss/une.xml', title: 'Le Monde' },
        { location: 'https://example.com/ab', title: 'AB' },
      ],
      problems: [],
    });
  });

  it('says what is wrong instead of throwing', () => {
    expect(parseOpml('just text').problems).toEqual(['this is not an OPML file (no <opml> element)']);
    expect(parseOpml('<opml><body><outline text="folder"/></body></opml>').problems[0]).toMatch(/lists no feeds/);
    const hostile = parseOpml('<opml><body><outline xmlUrl="https://x.example/&#27;]2;pwned"/></body></opml>');
    expect(hostile.entries).toEqual([]);
    expect(hostile.problems[0]).toMatch(/control characters/);
  });

  it('quotes a skipped address with every control as an escape, C1 ones too', () => {
    const hostile = parseOpml('<opml><body><outline xmlUrl="https://x.example/&#x9b;31m&#x9d;0;pwned&#x9c;"/></body></opml>');
    expect(hostile.problems[0]).toContain('\\u009b31m\\u009d0;pwned\\u009c');
    expect(hostile.problems[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/u);
  });

  it('writes what a terminal acts on as character references, so the address survives exactly', () => {
    const entries = [{ location: 'https://x.example/a\u200bb\u202ec', title: 'T\u0085itle' }];
    const opml = toOpml(entries);
    expect(opml).not.toMatch(/[\u007f-\u009f\u200b\u202e]/u);
    expect(opml).toContain('a&#x200b;b&#x202e;c');
    expect(opml).toContain('T&#x85;itle');
    expect(parseOpml(opml).entries[0]?.location).toBe('https://x.example/a\u200bb\u202ec');
  });
});

describe('newsboat urls file', () => {
  it('reads one feed per line, skipping comments and blank lines, keeping ~names', () => {
    const text = [
      '# my feeds',
      '',
      'https://example.com/a.rss',
      'https://example.com/b.rss news "~Wire service" "!hidden" # trailing comment',
      '   https://example.com/c.xml   tech',
      'feeds/local-file.txt',
      '"https://example.com/quoted feed.rss" "tag with spaces"',
      'https://example.com/page#fragment',
      'https://example.com/a.rss duplicate',
    ].join('\r\n');
    expect(parseUrlsFile(text)).toEqual({
      entries: [
        { location: 'https://example.com/a.rss', title: null },
        { location: 'https://example.com/b.rss', title: 'Wire service', tags: ['news'] },
        { location: 'https://example.com/c.xml', title: null, tags: ['tech'] },
        { location: 'feeds/local-file.txt', title: null },
        { location: 'https://example.com/quoted feed.rss', title: null, tags: ['tag with spaces'] },
        { location: 'https://example.com/page#fragment', title: null },
      ],
      problems: [],
    });
  });

  it('never runs commands and skips virtual feeds, saying which line', () => {
    const result = parseUrlsFile('exec:~/bin/feed.sh\n"query:Unread:unread = \\"yes\\""\nfilter:~/f.sh:https://x.example/\nhttps://ok.example/');
    expect(result.entries).toEqual([{ location: 'https://ok.example/', title: null }]);
    expect(result.problems).toEqual([
      'line 1: exec feeds run commands; livedesk never runs them',
      'line 2: query feeds are newsboat searches, not feeds',
      'line 3: filter feeds run commands; livedesk never runs them',
    ]);
  });

  it('tokenizes quoted words with escaped quotes', () => {
    expect(tokenizeUrlsLine('a "b \\"c\\"" d')).toEqual(['a', 'b "c"', 'd']);
  });
});
