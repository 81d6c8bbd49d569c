// Small feeds of our own, one for each kind of document the shared corpus covers
// (RSS 0.91, 1.0 and 2.0, Atom 0.3 and 1.0, JSON Feed 1.0 and 1.1, declared and
// byte-order-marked encodings, broken XML), through the real loading path. The corpus
// suites need ../shared; these run on a plain clone. Expected values are written by
// hand from the formats' rules, not copied from a run.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Update } from '../../src/model.js';
import { loadFileSource } from '../../src/sources/load-source.js';

const FEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'feeds');

type Expected = { kind: string; title: string; updates: Array<[id: string, title: string, link: string | null, time: string | null]> };

const CASES: Record<string, Expected> = {
  'rss-0.91.xml': {
    kind: 'rss',
    title: 'Harbour Board Notices',
    // No guid and no date: the link is the id, and there is no time to sort by.
    updates: [
      ['https://example.org/harbour/north-quay', 'North quay closed for dredging', 'https://example.org/harbour/north-quay', null],
      ['https://example.org/harbour/ferry', 'Ferry timetable restored', 'https://example.org/harbour/ferry', null],
    ],
  },
  'rss-1.0.rdf': {
    kind: 'rss',
    title: 'Valley Water Watch',
    updates: [
      ['https://example.org/valley/levels-2', 'River falls below the warning mark', 'https://example.org/valley/levels-2', '2023-03-09T11:15:00.000Z'],
      ['https://example.org/valley/levels-1', 'Evacuation centre opens at the school', 'https://example.org/valley/levels-1', '2023-03-08T18:40:00.000Z'],
    ],
  },
  'rss-2.0-dates.xml': {
    kind: 'rss',
    title: 'City Hall Live',
    // Newest first by instant: 14:30 EST is later than 21:05 +0200.
    updates: [
      ['https://example.org/city-hall/walkout', 'Opposition walks out', 'https://example.org/city-hall/walkout', '2023-09-14T19:30:00.000Z'],
      ['city-hall-4', 'Budget passes by two votes', 'https://example.org/city-hall/vote', '2023-09-14T19:05:00.000Z'],
      ['city-hall-2', 'Debate opens', null, '2023-09-14T09:00:00.000Z'],
      ['city-hall-1', 'Agenda published', null, '2023-09-13T21:45:00.000Z'],
    ],
  },
  'atom-1.0.xml': {
    kind: 'atom',
    title: 'Summit Watch',
    // The alternate link, not the related one; published before updated; an XHTML title as text.
    updates: [
      ['urn:example:summit:3', 'Leaders sign the water accord', 'https://example.org/summit/accord', '2022-06-02T07:30:00.000Z'],
      ['urn:example:summit:2', 'Talks run past midnight', 'https://example.org/summit/late-talks', '2022-06-01T23:10:00.000Z'],
      ['urn:example:summit:1', 'Summit opens', 'https://example.org/summit/opening', '2022-06-01T13:00:00.000Z'],
    ],
  },
  'atom-0.3.xml': {
    kind: 'atom',
    title: 'Orchard Cooperative News',
    updates: [
      ['tag:example.org,2005:orchard-2', 'Harvest starts early', 'https://example.org/orchard/harvest', '2005-10-03T15:20:00.000Z'],
      ['tag:example.org,2005:orchard-1', 'Frost warning for the lower rows', 'https://example.org/orchard/frost', '2005-10-02T06:00:00.000Z'],
    ],
  },
  'json-feed-1.0.json': {
    kind: 'json-feed',
    title: 'Tram Strike Updates',
    updates: [
      ['tram-2', 'Union agrees to talks', 'https://example.org/trams/talks', '2021-11-04T09:20:00.000Z'],
      ['tram-1', 'Trams stop at dawn', 'https://example.org/trams/strike', '2021-11-03T05:00:00.000Z'],
    ],
  },
  'json-feed-1.1.json': {
    kind: 'json-feed',
    title: 'Observatory Log',
    // external_url when there is no url; date_modified when there is no date_published.
    updates: [
      ['obs-2', 'Comet photographed over the ridge', 'https://example.org/observatory/comet-photo', '2024-02-21T01:10:00.000Z'],
      ['obs-1', 'No observing tonight', 'https://example.org/observatory/cloud', '2024-02-19T23:00:00.000Z'],
    ],
  },
  'iso-8859-1.xml': {
    kind: 'rss',
    title: 'Café du Port - nouvelles',
    updates: [['port-1', 'Crème brûlée : la fête est annulée', null, '2023-07-01T10:00:00.000Z']],
  },
  'utf-16le-bom.xml': {
    kind: 'rss',
    title: 'Mountain Pass Report ⛰',
    updates: [['pass-1', 'Pass reopens after snowfall — chains required', null, '2024-01-15T06:30:00.000Z']],
  },
};

const shown = (updates: Update[]) => updates.map((u) => [u.id, u.title, u.link, u.time === null ? null : new Date(u.time).toISOString()]);

describe('our own feeds through the loading path', () => {
  it.each(Object.entries(CASES))('%s', async (name, expected) => {
    const { source, updates } = await loadFileSource(path.join(FEEDS, name));
    expect(source.error).toBeNull();
    expect({ kind: source.kind, title: source.title }).toEqual({ kind: expected.kind, title: expected.title });
    expect(shown(updates)).toEqual(expected.updates);
  });

  it('keeps the words of bodies in every encoding and format', async () => {
    const body = async (name: string) => (await loadFileSource(path.join(FEEDS, name))).updates.map((u) => u.body);
    expect(await body('iso-8859-1.xml')).toEqual(['À cause de la pluie, la fête du port est reportée.']);
    // content:encoded is preferred to the description, and its markup becomes text.
    expect((await body('rss-2.0-dates.xml'))[1]).toBe('The council approved the budget after midnight talks.');
    expect((await body('json-feed-1.0.json'))[1]).toBe('No service on any line.');
  });

  it('refuses broken XML in one line that names the file and the place', async () => {
    const file = path.join(FEEDS, 'broken-tags.xml');
    const { source, updates } = await loadFileSource(file);
    expect(updates).toEqual([]);
    expect(source.error).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*line 8`));
    expect(source.error).not.toContain('\n');
  });
});
