// Runs our parsers over other projects' test feeds and compares with their golden
// output: feed title, item count, item titles, links, ids and dates (as instants).
// Deliberate differences live in conformance-exceptions.ts, one line per file and field.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from '../../src/model.js';
import { decodeFeedBytes } from '../../src/parse/decode-bytes.js';
import { detectFormat } from '../../src/parse/detect-format.js';
import { parseJsonFeed } from '../../src/parse/parse-json-feed.js';
import { parseXmlFeed } from '../../src/parse/parse-xml-feed.js';
import {
  exceptionsFor,
  EXPECTED_REJECTIONS,
  type Field,
  GOLDEN_WITH_REPLACEMENT_CHARACTERS,
  PARSED_WITHOUT_GOLDEN,
  SERVED_CHARSETS,
} from './conformance-exceptions.js';
import {
  type ExpectedFeed,
  fromFeedRs,
  fromGofeed,
  fromJsonFeedSpec,
  fromRssParser,
} from './corpus-expectations.js';
import { CORPUS, describeWithShared } from '../shared-material.js';

const corpusRoot = CORPUS.path;

interface CorpusCase {
  /** Path relative to the corpus root; the key of the exception tables. */
  file: string;
  /** Golden file relative to the corpus root, or null when the input is only checked for rejection. */
  golden: string | null;
  expect: (golden: Record<string, unknown>, source: string) => ExpectedFeed;
}

function filesUnder(relativeDir: string): string[] {
  const dir = path.join(corpusRoot, relativeDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.posix.join(relativeDir, name.split(path.sep).join('/')))
    .sort();
}

function goldenIfPresent(file: string): string | null {
  return existsSync(path.join(corpusRoot, file)) ? file : null;
}

function collectCases(): Record<string, CorpusCase[]> {
  const gofeed = ['rss', 'atom', 'json'].flatMap((kind) =>
    filesUnder(`gofeed/testdata/translator/${kind}`)
      .filter((file) => (kind === 'json' ? !file.endsWith('_expected.json') : file.endsWith('.xml')))
      .map((file) => ({
        file,
        golden: goldenIfPresent(kind === 'json' ? file.replace(/\.json$/, '_expected.json') : file.replace(/\.xml$/, '.json')),
        expect: fromGofeed,
      })),
  );
  const feedRs = filesUnder('feed-rs/feed-rs/fixture')
    .filter((file) => /\.(xml|json)$/.test(file) && !file.endsWith('.serde.json'))
    .map((file) => ({ file, golden: goldenIfPresent(file.replace(/\.(xml|json)$/, '.serde.json')), expect: fromFeedRs }));
  const rssParser = filesUnder('rss-parser/test/input').map((file) => ({
    file,
    golden: goldenIfPresent(`rss-parser/test/output/${path.posix.basename(file).replace(/\.[a-z]+$/, '')}.json`),
    expect: fromRssParser,
  }));
  const jsonFeedSpec = filesUnder('jsonfeed-spec')
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, golden: file, expect: (document: Record<string, unknown>) => fromJsonFeedSpec(document) }));
  return { gofeed, 'feed-rs': feedRs, 'rss-parser': rssParser, 'jsonfeed-spec': jsonFeedSpec };
}

function readSource(file: string): string {
  return decodeFeedBytes(readFileSync(path.join(corpusRoot, file)), SERVED_CHARSETS[file] ?? null);
}

/** Bytes → ParsedFeed the way the app will do it: decode, detect from content, parse. */
async function parseCorpusFile(file: string): Promise<ParsedFeed> {
  const text = readSource(file);
  const format = detectFormat(text);
  if (format === 'xml') return parseXmlFeed(text);
  if (format === 'json-feed') return parseJsonFeed(text);
  throw new Error(`detected as ${format}, not a feed`);
}

const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Equal after collapsing whitespace; with `fffdIsWildcard`, U+FFFD in the golden matches any non-ASCII character or a space. */
function sameText(expected: string | null, actual: string | null, fffdIsWildcard: boolean): boolean {
  const want = collapse(expected);
  const got = collapse(actual);
  if (!fffdIsWildcard) return want === got;
  const wantChars = [...want];
  const gotChars = [...got];
  return (
    wantChars.length === gotChars.length &&
    wantChars.every((char, i) => char === gotChars[i] || (char === '\ufffd' && /[^\x00-\x7f]|\s/.test(gotChars[i] ?? '')))
  );
}

/** Every difference between golden and actual, grouped by field. */
function differences(expected: ExpectedFeed, actual: ParsedFeed, fffdIsWildcard: boolean): Map<Field, string[]> {
  const found = new Map<Field, string[]>();
  const note = (field: Field, message: string): void => {
    found.set(field, [...(found.get(field) ?? []), message]);
  };
  if (!sameText(expected.title, actual.title, fffdIsWildcard)) {
    note('title', `feed title: expected ${JSON.stringify(expected.title)}, got ${JSON.stringify(actual.title)}`);
  }
  if (expected.items.length !== actual.updates.length) {
    note('count', `item count: expected ${expected.items.length}, got ${actual.updates.length}`);
  }
  expected.items.forEach((want, index) => {
    const got = actual.updates[index];
    if (got === undefined) return;
    if (!sameText(want.title, got.title, fffdIsWildcard) || collapse(got.title) !== got.title) note('item.title', `item ${index} title: expected ${JSON.stringify(want.title)}, got ${JSON.stringify(got.title)}`);
    if ((want.link ?? '').trim() !== (got.link ?? '')) note('item.link', `item ${index} link: expected ${want.link}, got ${got.link}`);
    if (want.id !== undefined && want.id.trim() !== got.id) note('item.id', `item ${index} id: expected ${want.id}, got ${got.id}`);
    if (want.time !== got.time) {
      const show = (ms: number | null) => (ms === null ? 'none' : new Date(ms).toISOString());
      note('item.time', `item ${index} time: expected ${show(want.time)}, got ${show(got.time)} from ${JSON.stringify(got.timeText)}`);
    }
  });
  return found;
}

describeWithShared(CORPUS, 'the conformance corpus', () => {
  const cases = collectCases();
  describe.each(Object.entries(cases))('%s corpus', (name, entries) => {
    it('has files to compare', () => {
      expect(entries.length, `no input files found for ${name} under ${corpusRoot}`).toBeGreaterThan(0);
    });

    it.each(entries.map((entry) => [entry.file, entry] as const))('%s', async (file, entry) => {
      const rejection = EXPECTED_REJECTIONS[file];
      if (rejection !== undefined) {
        await expect(parseCorpusFile(file), rejection.reason).rejects.toThrow(rejection.message);
        // Called directly, the XML parser must refuse it in plain words too.
        if (!file.endsWith('.json')) {
          await expect(parseXmlFeed(readSource(file))).rejects.toThrow(/^not a valid RSS\/Atom document: \S/);
        }
        return;
      }
      const actual = await parseCorpusFile(file);
      if (PARSED_WITHOUT_GOLDEN[file] !== undefined) {
        expect(actual.title, PARSED_WITHOUT_GOLDEN[file]).toBeTruthy();
        expect(actual.updates.length, PARSED_WITHOUT_GOLDEN[file]).toBeGreaterThan(0);
        return;
      }
      if (entry.golden === null) throw new Error(`${file} has no golden file and no entry in EXPECTED_REJECTIONS`);
      const goldenText = readFileSync(path.join(corpusRoot, entry.golden), 'utf8');
      const expected = entry.expect(JSON.parse(goldenText) as Record<string, unknown>, readSource(file));
      const found = differences(expected, actual, GOLDEN_WITH_REPLACEMENT_CHARACTERS.has(file));
      const allowed = exceptionsFor(file);
      const unexpected = [...found].filter(([field]) => !allowed.has(field)).flatMap(([, messages]) => messages);
      // An exception that no longer matches anything is stale and must be removed.
      const stale = [...allowed].filter((field) => !found.has(field)).map((field) => `stale exception: ${field}`);
      expect([...unexpected, ...stale]).toEqual([]);
    });
  });
});
