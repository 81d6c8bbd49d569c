// How fast web pages are read, and what loading the HTML parser costs a start.
// Not a test: prints figures. bench/README.md says how each is measured.
//
//   npm run build && node scripts/run-ts.mjs scripts/bench/pages-bench.ts
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { decodeFeedBytes } from '../../src/parse/decode-bytes.js';
import { parseFeedText } from '../../src/parse/parse-feed-text.js';

const BENCH_DIR = path.dirname(path.resolve(process.argv[1] ?? 'scripts/bench/pages-bench.ts'));
const REPO = path.resolve(BENCH_DIR, '..', '..');
const REAL_PAGES = path.resolve(REPO, '..', 'shared', 'corpus', 'realworld', 'liveblogs');
const OUR_PAGES = path.join(REPO, 'tests', 'fixtures', 'pages');
const CHUNKS = path.join(REPO, 'dist', 'chunks');
const RUNS = 7;
const STARTS = 11;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function readingTimes(): Promise<void> {
  const dir = existsSync(REAL_PAGES) ? REAL_PAGES : OUR_PAGES;
  console.log(`Reading pages in ${path.relative(REPO, dir)} (bytes → text → updates, in this process; first read, then median of ${RUNS}; CPU time, then wall time):`);
  const files = readdirSync(dir).filter((name) => name.endsWith('.html')).sort();
  for (const file of files) {
    const bytes = readFileSync(path.join(dir, file));
    // CPU time as well as wall time: on a shared machine the wall clock also counts waiting for a core.
    const read = async () => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const feed = await parseFeedText(decodeFeedBytes(bytes), { fallbackDate: new Date() }).catch(() => null);
      const used = process.cpuUsage(cpu);
      return { ms: performance.now() - started, cpu: (used.user + used.system) / 1000, updates: feed?.updates.length ?? 0 };
    };
    const first = await read();
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await read());
    const cpu = median(runs.map((run) => run.cpu));
    const wall = median(runs.map((run) => run.ms));
    console.log(
      `  ${file.padEnd(46)} ${(bytes.length / 1024).toFixed(0).padStart(5)} KB ${String(first.updates).padStart(3)} updates` +
        `  first ${ms(first.cpu).padStart(8)} / ${ms(first.ms).padStart(8)}  median ${ms(cpu).padStart(8)} / ${ms(wall).padStart(8)}`,
    );
  }
}

/** The chunk of the built CLI holding htmlparser2, and the page reader's own chunk. */
function chunk(marker: string | RegExp): string {
  const names = readdirSync(CHUNKS).filter((name) => name.endsWith('.js'));
  const found = names.find((name) => (typeof marker === 'string' ? readFileSync(path.join(CHUNKS, name), 'utf8').includes(marker) : marker.test(name)));
  if (found === undefined) throw new Error(`no chunk for ${String(marker)} in ${CHUNKS}: run npm run build first`);
  return path.join(CHUNKS, found);
}

/**
 * Median time to import `file` in a fresh Node process, measured inside it, after one
 * trivial import: a running livedesk has its module loader warmed up already.
 */
function importTime(file: string): number {
  const warm = "await import('data:text/javascript,export default 1');";
  const script = `${warm} const s = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - s));`;
  const times: number[] = [];
  for (let i = 0; i < STARTS; i++) times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  return median(times);
}

/** Median wall time of the CLI printing a source, spawn to exit. */
function cliTime(source: string): number {
  const times: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const started = performance.now();
    execFileSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), '--print', '--no-archive', source], { stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return median(times);
}

function startupCost(): void {
  const parser = chunk('onopentagname');
  const reader = chunk(/^parse-html-page-.*\.js$/);
  console.log(`\nStart-up (fresh Node process each, median of ${STARTS}):`);
  console.log(`  import the htmlparser2 + entities chunk (${(readFileSync(parser).length / 1024).toFixed(0)} KB)       ${ms(importTime(parser))}`);
  console.log(`  import the page reader with it                         ${ms(importTime(reader))}`);
  const plain = path.join(REPO, 'feeds', 'kati-mutiny-live.txt');
  const page = path.join(OUR_PAGES, 'liveblog-clocks.html');
  console.log(`  livedesk --print on the plain-text demo (no parser)    ${ms(cliTime(plain))}`);
  console.log(`  livedesk --print on a small live-blog page             ${ms(cliTime(page))}`);
}

await readingTimes();
startupCost();
