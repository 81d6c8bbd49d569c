// How fast `livedesk search` is over 100,000 archived updates, what keeping the index
// costs each write, and how long an older archive takes to gain one. Not a test:
// prints figures. Part of `npm run bench` (--only=search), or on its own:
//
//   npm run build && node scripts/run-ts.mjs scripts/bench/search-bench.ts
//
// The text is generated: common English words, and a vocabulary of 20,000 made-up
// words drawn by Zipf's law, so that query words have the spread of document
// frequencies real text has (a name in a few updates, a word in half of them).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { isArchiveOpenError, openArchive, type Archive } from '../../src/archive/archive.js';
import { sourceStore } from '../../src/archive/archive-sources.js';
import { updateStore } from '../../src/archive/archive-updates.js';
import { migrate } from '../../src/archive/migrations.js';
import type { Reaction, Update } from '../../src/model.js';
import { updateKey } from '../../src/desk/update-key.js';
import { seededRandom } from '../../tests/fixtures/seeded-random.js';

export interface SearchBenchRow {
  measure: string;
  figure: string;
  target: string;
  pass: boolean | null;
}

const UPDATES = 100_000;
const SOURCES = 10;
const RUNS = 21;
const TARGET_MS = 50;
const CLI_RUNS = 5;

const FUNCTION_WORDS = (
  'the of and to in a is that for on was with said he it as at by from his an be has have are were not this but ' +
  'they who which been will their more after also had one two new government police people officials minister ' +
  'president army soldiers capital on its into over about than them when'
).split(' ');
const SYLLABLES = ['ka', 'ti', 'ma', 'li', 'ba', 'ko', 'se', 'nu', 'ra', 'do', 'fi', 'gu', 'we', 'zo', 'pe', 'ha', 'mi', 'lo', 'ne', 'su'];

function madeUpWord(rank: number): string {
  let word = '';
  let rest = rank + SYLLABLES.length;
  while (rest > 0) {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return word;
}

const VOCABULARY = Array.from({ length: 20_000 }, (_, rank) => madeUpWord(rank));
// Zipf's law: the word of rank r is drawn in proportion to 1/r.
const CUMULATIVE = (() => {
  const weights = VOCABULARY.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let running = 0;
  return weights.map((weight) => (running += weight / total));
})();

function zipfWord(next: () => number): string {
  const target = next();
  let low = 0;
  let high = CUMULATIVE.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (CUMULATIVE[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY[low]!;
}

function words(next: () => number, count: number): string {
  return Array.from({ length: count }, () => (next() < 0.45 ? FUNCTION_WORDS[Math.floor(next() * FUNCTION_WORDS.length)]! : zipfWord(next))).join(' ');
}

const ACTORS = Array.from({ length: 400 }, (_, n) => `${madeUpWord(n * 7 + 3)[0]!.toUpperCase()}${madeUpWord(n * 7 + 3).slice(1)} ${madeUpWord(n * 13 + 5)}`);

function generated(sourceId: string, index: number, next: () => number): { update: Update; reactions: Reaction[] } {
  const id = `item-${index}`;
  const key = updateKey(sourceId, id);
  const body = `${words(next, 30 + Math.floor(next() * 40))}.\n\n${words(next, 20 + Math.floor(next() * 40))}.`;
  const update: Update = { id, key, sourceId, time: Date.UTC(2020, 7, 18) + index * 1000, timeText: null, title: words(next, 8), body, link: null, author: null };
  const reactions = Array.from({ length: Math.floor(next() * 2.2) }, (_, n): Reaction => ({
    id: `${key}#${n + 1}`,
    updateId: id,
    updateKey: key,
    actor: ACTORS[Math.floor(next() * ACTORS.length)]!,
    role: null,
    kind: 'quote',
    text: words(next, 8 + Math.floor(next() * 12)),
    stance: 'says',
    time: update.time,
  }));
  return { update, reactions };
}

/**
 * Saves the generated desk through the archive's own writes; returns the CPU ms the saves
 * took (the text is made beforehand). CPU time, because a shared machine moves wall time.
 */
function fill(save: (sourceId: string, updates: Update[], reactions: Reaction[]) => void): number {
  // Seeded, so every run searches the same text.
  const next = seededRandom(20_200_818);
  let cpu = 0;
  for (let source = 0; source < SOURCES; source++) {
    const sourceId = `https://example.org/desk-${source}.rss`;
    const batch = Array.from({ length: UPDATES / SOURCES }, (_, n) => generated(sourceId, source * (UPDATES / SOURCES) + n, next));
    const started = process.cpuUsage();
    save(sourceId, batch.map((item) => item.update), batch.flatMap((item) => item.reactions));
    const used = process.cpuUsage(started);
    cpu += (used.user + used.system) / 1000;
  }
  return cpu;
}

function mustOpen(file: string): Archive {
  const archive = openArchive(file);
  if (isArchiveOpenError(archive)) throw new Error(archive.message);
  return archive;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function cliWallTime(cli: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`search exited ${code}`))));
  });
}

export async function searchBench(cli: string, log: (message: string) => void): Promise<SearchBenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'livedesk-search-bench-'));
  const rows: SearchBenchRow[] = [];
  try {
    const indexed = path.join(dir, 'indexed.db');
    log(`search: writing ${UPDATES.toLocaleString('en')} updates into a new archive (with the index)`);
    const archive = mustOpen(indexed);
    const withIndex = fill((sourceId, updates, reactions) => archive.saveUpdates(sourceId, updates, reactions, Date.now()));
    archive.close();

    log('search: the same into an archive at schema 3 (no index), then opening it (building the index)');
    const older = path.join(dir, 'older.db');
    const db = new Database(older);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, 3);
    const oldUpdates = updateStore(db);
    const oldSources = sourceStore(db);
    const withoutIndex = fill((sourceId, updates, reactions) => {
      oldSources.upsertSource({ id: sourceId, title: sourceId, tag: sourceId, kind: 'rss', location: sourceId, error: null, summary: null }, 0);
      oldUpdates.saveUpdates(sourceId, updates, reactions, Date.now());
    });
    db.close();
    const openStarted = process.cpuUsage();
    mustOpen(older).close();
    const opened = process.cpuUsage(openStarted);
    const migration = (opened.user + opened.system) / 1000;

    const sizes = new Database(indexed, { readonly: true });
    const indexBytes = Number(sizes.prepare("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE '%\\_search%' ESCAPE '\\'").pluck().get());
    const reactionCount = Number(sizes.prepare('SELECT COUNT(*) FROM reactions').pluck().get());
    const share = (query: string) => Number(sizes.prepare('SELECT COUNT(*) FROM updates_search WHERE updates_search MATCH ?').pluck().get(query)) / UPDATES;
    const phrase = String(sizes.prepare("SELECT body FROM updates WHERE id = 'item-777'").pluck().get()).split(' ').slice(4, 6).join(' ');

    const [common, mid, rare] = [VOCABULARY[20]!, VOCABULARY[300]!, VOCABULARY[6000]!];
    const queries: Array<[string, string]> = [
      [`a rare word (${(share(`"${rare}"`) * 100).toFixed(2)} % of updates)`, rare],
      [`a word in ${(share(`"${mid}"`) * 100).toFixed(1)} % of updates`, mid],
      [`a word in ${(share(`"${common}"`) * 100).toFixed(0)} % of updates`, common],
      [`"the" (in ${(share('"the"') * 100).toFixed(0)} % of updates)`, 'the'],
      ['two words (AND)', `${common} ${mid}`],
      ['a phrase', `"${phrase}"`],
      ['a prefix (4 letters*)', `${mid.slice(0, 4)}*`],
      ['OR', `${mid} OR ${rare}`],
      ['a word, leaving another out', `${common} -${mid}`],
      ['a speaker’s name', ACTORS[17]!.split(' ')[1]!],
    ];
    sizes.close();
    log(`search: ${queries.length} queries, first and median of ${RUNS}`);
    const searched = mustOpen(indexed);
    for (const [label, query] of queries) {
      const times: number[] = [];
      let hits = 0;
      for (let run = 0; run <= RUNS; run++) {
        const started = performance.now();
        const outcome = searched.search(query);
        times.push(performance.now() - started);
        if (!outcome.ok) throw new Error(`${query}: ${outcome.message}`);
        hits = outcome.hits.length;
      }
      const warm = median(times.slice(1));
      rows.push({
        measure: `search 100,000 updates: ${label}`,
        figure: `${ms(warm)} (first ${ms(times[0]!)}, ${hits} hits)`,
        target: `≤ ${TARGET_MS} ms`,
        pass: warm <= TARGET_MS,
      });
    }
    searched.close();

    const cliTimes: number[] = [];
    for (let run = 0; run < CLI_RUNS; run++) cliTimes.push(await cliWallTime(cli, ['search', '--archive', indexed, mid]));
    rows.push({ measure: `livedesk search (the process, spawn to exit; median of ${CLI_RUNS})`, figure: ms(median(cliTimes)), target: '—', pass: null });
    rows.push({
      measure: `writing ${UPDATES.toLocaleString('en')} updates, ${reactionCount.toLocaleString('en')} reactions`,
      figure: `${ms(withIndex)} of CPU indexed, ${ms(withoutIndex)} not`,
      target: '—',
      pass: null,
    });
    rows.push({ measure: 'opening a schema-3 archive of them (builds the index)', figure: `${ms(migration)} of CPU`, target: '—', pass: null });
    rows.push({ measure: 'index size', figure: `${megabytes(indexBytes)} of ${megabytes(statSync(indexed).size)}`, target: '—', pass: null });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run on its own: print the rows.
if (process.argv[1]?.endsWith('search-bench.ts')) {
  const repo = path.resolve(path.dirname(process.argv[1]), '..', '..');
  const rows = await searchBench(path.join(repo, 'dist', 'cli.js'), (message) => process.stderr.write(`bench: ${message}\n`));
  for (const row of rows) process.stdout.write(`${row.measure}: ${row.figure}${row.target === '—' ? '' : ` (target ${row.target}: ${row.pass ? '✓' : '✗'})`}\n`);
}
