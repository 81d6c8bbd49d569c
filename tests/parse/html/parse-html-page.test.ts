// The page reader on our own small pages, one per pattern that real live-blog,
// article, home and error pages follow (tests/fixtures/pages/README.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedFeed, ParsedUpdate } from '../../../src/model.js';
import { parseHtmlPage, UNTIMED_NOTE } from '../../../src/parse/html/parse-html-page.js';

const FETCHED = new Date('2024-03-07T12:00:00Z');

function page(name: string, pageUrl: string | null = null): ParsedFeed {
  const html = readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');
  return parseHtmlPage(html, { pageUrl, fallbackDate: FETCHED });
}

const iso = (update: ParsedUpdate | undefined) => (update?.time == null ? null : new Date(update.time).toISOString());

describe('a live blog whose HTML is better than its JSON-LD', () => {
  const feed = () => page('liveblog-html-wins.html');

  it('gives every block once, with the title and time the HTML shows', () => {
    const { kind, title, updates } = feed();
    expect(kind).toBe('web-page');
    expect(title).toBe('Storm Edda live: ferries cancelled as gales reach Port Alder');
    expect(updates.map((u) => [u.id, iso(u), u.timeText, u.title])).toEqual([
      ['block-65e5a8c01f0a', '2024-03-04T11:50:00.000Z', '11.50 GMT', ''],
      ['block-65e5a4401f09', '2024-03-04T11:32:00.000Z', '11.32 GMT', 'Ferries cancelled for the rest of the day'],
      ['block-65e59f2c1f08', '2024-03-04T11:10:00.000Z', '11.10 GMT', ''],
    ]);
  });

  it("keeps bodies clean: no byline (nor the reporter's opening line), relative time, share links, update stamp or caption", () => {
    const [first, second, third] = feed().updates;
    expect(first?.body).toBe(
      'The harbour master, Ines Vaala, has closed the outer quay to the public.\n\n' +
        'She said:\n\n> We will not reopen the quay until the wind drops below gale force.',
    );
    expect(first?.author).toBe('Mari Holm');
    expect(second?.body).toBe('Every crossing from Port Alder has been called off until tomorrow morning, the ferry company says.');
    // An embedded post in a <figure> is kept as a quote; the photo's caption is not.
    expect(third?.body).toBe(
      'Gusts of 90 km/h were measured at the lighthouse, the weather service said.\n\n' +
        '> Red warning for the coast until midnight. Stay away from the seafront.\n\n> — Alder Weather (@alderweather) March 4, 2024',
    );
  });

  it('links each update to its block on the page', () => {
    expect(feed().updates[0]?.link).toBe('https://courier.example/world/live/storm-edda#block-65e5a8c01f0a');
  });
});

describe('a live blog in microdata', () => {
  it('reads headline, time and body from the items and the page beside them', () => {
    const { title, summary, updates } = page('liveblog-microdata.html');
    expect(title).toBe('Port Alder Cup final live: Harbour Rovers v Alder Town');
    expect(summary).toBe('Follow every ball of the final as it happens.');
    expect(updates.map((u) => [u.id, iso(u), u.timeText, u.title])).toEqual([
      ['3_parent', '2024-03-04T15:36:40.000Z', '21:06 (IST)', 'Cup final: Rovers win it!'],
      ['2_parent', '2024-03-04T15:11:05.000Z', '20:41 (IST)', 'Cup final: WICKET!'],
      ['1_parent', '2024-03-04T12:32:00.000Z', '18:02 (IST)', 'Cup final: toss'],
    ]);
    expect(updates[0]?.body).toBe('Harbour Rovers have won the cup by 40 runs. Captain Devi Rao said: "This one is for the whole town."');
    expect(updates[1]?.body).toBe('Alder Town lose their ninth wicket.\n148/9 (37.2)');
    expect(updates[0]?.link).toBe('https://sport.example/cup-final-live-4410#3');
  });
});

describe('a live blog with epoch times in data-* attributes and a longer JSON-LD', () => {
  const feed = () => page('liveblog-data-epoch.html');

  it('gives the updates the HTML shows, not the JSON-LD history', () => {
    const { updates } = feed();
    expect(updates.map((u) => [u.id, iso(u), u.timeText, u.title])).toEqual([
      ['90213', '2024-03-05T20:00:18.921Z', '21:00', 'Mayor thanks volunteers'],
      ['90208', '2024-03-05T19:42:30.565Z', '20:42', 'Seafront road reopens'],
      ['90201', '2024-03-05T19:24:33.521Z', '20:24', 'Power back for most homes'],
    ]);
  });

  it('leaves out "KEY EVENT", the reporter beside the time, "Read more" links and photo credits', () => {
    const [mayor, road] = feed().updates;
    expect(mayor?.author).toBe('Noor Castell');
    expect(mayor?.body).toBe(
      'The mayor has thanked the hundreds of people who turned out to help.\n\nShe said: "Port Alder\'s people never wait to be asked."',
    );
    expect(road?.author).toBeNull();
    expect(road?.body).toBe('The road along the seafront is open again after crews cleared the shingle.');
  });
});

describe('a live blog that prints only clocks', () => {
  it("places them on the page's day and zone, a day back after midnight", () => {
    const { updates } = page('liveblog-clocks.html');
    expect(updates.map((u) => [u.id, iso(u), u.timeText, u.title])).toEqual([
      ['post_8c1e02', '2024-03-05T00:40:00.000Z', '01:40', 'Coastguard rescues two from yacht'],
      ['post_8c1d77', '2024-03-04T23:20:00.000Z', '00:20', 'Midnight high tide passes'],
      ['post_8c1d30', '2024-03-04T22:55:00.000Z', '23:55', 'What the forecasters expect'],
      ['post_8c1c90', '2024-03-04T22:30:00.000Z', '23:30', 'Sea wall watch'],
    ]);
  });

  it('keeps contributor boxes and photo copyrights out of the bodies', () => {
    const [rescue, , forecast] = page('liveblog-clocks.html').updates;
    expect(rescue?.body).toBe('Two sailors were lifted from a yacht off the point, the coastguard says.\n\n"Both are safe and warm," a spokesman said.');
    expect(forecast?.body).toBe('The strongest winds should ease before dawn.');
    expect(forecast?.author).toBe('Lea Marsh');
  });
});

describe('a live blog whose HTML writes local time as UTC', () => {
  it('takes the JSON-LD instant when the two differ by whole hours', () => {
    const { updates } = page('liveblog-local-z.html');
    expect(updates.map((u) => [u.id, iso(u), u.title])).toEqual([
      ['88120_event2', '2024-03-04T15:56:32.000Z', 'Sindaca: “Porto chiuso fino a domani”'],
      ['88120_event1', '2024-03-04T15:48:45.000Z', 'Traghetti fermi'],
    ]);
    expect(updates[1]?.body).toBe('Nessun traghetto partirà oggi dal porto di Alder.');
  });
});

describe('a live blog without times', () => {
  it('keeps page order and says so in the summary', () => {
    const { summary, updates } = page('liveblog-untimed.html');
    expect(updates.map((u) => [u.id, u.time, u.title])).toEqual([
      ['u-3', null, 'Vote passes'],
      ['u-2', null, 'Opposition objects'],
      ['u-1', null, 'Meeting opens'],
    ]);
    expect(summary).toBe(`${UNTIMED_NOTE}\n\nThe council debates the sea defences.`);
  });
});

describe('a live blog only in JSON-LD', () => {
  it('reads @graph, array and URL types, HTML bodies and JSON with comments and trailing commas', () => {
    const { title, updates } = page('liveblog-json-ld-graph.html');
    expect(title).toBe('Edda: the morning after');
    expect(updates).toEqual([
      {
        id: 'https://alder.example/live/edda-morning#p-302',
        time: Date.parse('2024-03-05T08:30:00Z'),
        timeText: '2024-03-05T09:30:00+01:00',
        title: 'Bridge inspected',
        body: 'Engineers say the old bridge is safe.\n\nIt reopens at noon.',
        link: 'https://alder.example/live/edda-morning#p-302',
        author: 'Tove Lund',
      },
      {
        id: 'https://alder.example/live/edda-morning#p-301',
        time: Date.parse('2024-03-05T07:05:00Z'),
        timeText: '2024-03-05T08:05:00+01:00',
        title: 'Trains running again',
        body: 'The first train left at eight. Delays are expected all day.',
        link: 'https://alder.example/live/edda-morning#p-301',
        author: null,
      },
    ]);
  });
});

describe('a live blog that prints only relative times', () => {
  it('matches its blocks to the JSON-LD by title, whose addresses name updates in the query', () => {
    const { updates } = page('liveblog-relative.html');
    expect(updates.map((u) => [u.id, iso(u), u.timeText, u.title, u.link])).toEqual([
      ['https://alder.example/liveblog/edda?update=5512', '2024-03-06T09:40:00.000Z', '12 min ago', 'Harbour reopens to fishing boats', 'https://alder.example/liveblog/edda?update=5512'],
      ['https://alder.example/liveblog/edda?update=5509', '2024-03-06T08:55:00.000Z', '57 min ago', 'Divers inspect the pier', 'https://alder.example/liveblog/edda?update=5509'],
    ]);
    expect(updates[0]?.body).toBe('The harbour is open again to fishing boats, the port authority said.');
  });

  it('counts back from the fetch, to the minute, when nothing else gives a time', () => {
    const fixture = readFileSync(new URL('../../fixtures/pages/liveblog-relative.html', import.meta.url), 'utf8');
    const html = fixture.replace(/,"liveBlogUpdate":\[[\s\S]*?\]\}/, '}');
    const read = (fetched: string) => parseHtmlPage(html, { pageUrl: null, fallbackDate: new Date(fetched) }).updates;
    const first = read('2024-03-06T10:00:30Z');
    expect(first.map((u) => [iso(u), u.title])).toEqual([
      ['2024-03-06T09:48:00.000Z', 'Harbour reopens to fishing boats'],
      ['2024-03-06T09:03:00.000Z', 'Divers inspect the pier'],
    ]);
    // Ids come from the words, so the next poll (a minute later, "13 min ago") finds the same updates.
    expect(first.map((u) => u.id)).toEqual(read('2024-03-06T10:01:30Z').map((u) => u.id));
    expect(first[0]?.id).toMatch(/^w-[0-9a-f]{16}$/);
  });
});

describe('a live blog written as one run of paragraphs', () => {
  it('reads it as a plain-text live blog: entries start at the paragraphs that open with a time', () => {
    const { updates } = page('liveblog-flat.html');
    expect(updates.map((u) => [iso(u), u.timeText, u.title, u.body])).toEqual([
      ['2024-03-04T18:20:00.000Z', '18:20 GMT', 'Warning lifted', 'The weather service has lifted its red warning for the coast.'],
      ['2024-03-04T17:45:00.000Z', '17:45 GMT', 'Power cuts spread', 'About 4,000 homes are without power, the grid operator says.\n\n"Crews will work through the night," a spokeswoman said.'],
      ['2024-03-04T17:05:00.000Z', '17:05 GMT', 'Schools close early', 'All schools in Port Alder sent pupils home at three.'],
    ]);
  });
});

describe('pages that are not live blogs', () => {
  it('reads an article as one update with its headline, time, author and story', () => {
    const { updates, feeds } = page('article.html', 'https://courier.example/news/sea-wall-2024?ref=home');
    expect(feeds).toBeUndefined();
    expect(updates).toHaveLength(1);
    const [article] = updates;
    expect(article).toMatchObject({
      id: 'https://courier.example/news/sea-wall-2024',
      time: Date.parse('2024-03-06T09:15:00Z'),
      title: 'Port Alder to build a higher sea wall',
      link: 'https://courier.example/news/sea-wall-2024',
      author: 'Mari Holm',
    });
    expect(article?.body.split('\n\n')).toHaveLength(4);
    expect(article?.body).toMatch(/^Port Alder will raise its sea wall by a metre/);
    expect(article?.body).not.toMatch(/Photograph|Facebook|Related|By Mari|Reporting by/);
  });

  it('gives a home page’s announced feeds, read against the page address', () => {
    const { updates, feeds } = page('home.html', 'https://courier.example/');
    expect(updates).toEqual([]);
    expect(feeds).toEqual([
      { url: 'https://courier.example/rss/top.xml', title: 'Courier: top stories', type: 'application/rss+xml' },
      { url: 'https://courier.example/feeds/sport.atom', title: 'Courier: sport', type: 'application/atom+xml' },
      { url: 'https://courier.example/feed.json', title: 'Courier: everything', type: 'application/feed+json' },
    ]);
  });

  it('says an error page is one, quoting its title', () => {
    expect(() => page('error-404.html')).toThrow('this is an error page, not a live blog: “404 – Page not found | The Alder Courier”');
  });

  it('says plainly when a page has nothing to follow', () => {
    expect(() => page('plain-page.html')).toThrow(
      'this web page (“Alder Harbour Rowing Club”) holds no live blog or article and announces no feeds',
    );
  });
});
