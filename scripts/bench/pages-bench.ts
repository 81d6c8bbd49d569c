// How fast web pages are read, and what loading the HTML parser costs a start.
// Not a test: prints figures. bench/README.md says how each is measured.
//
//   npm run build && node scripts/run-ts.mjs scripts/bench/pages-bench.ts
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeFeedBytes } from '../../src/parse/decode-bytes.js';
import { parseFeedText } from '../../src/parse/parse-feed-text.js';

const BENCH_DIR = path.dirname(path.resolve(process.argv[1] ?? 'scripts/bench/pages-bench.ts'));
const REPO = path.resolve(BENCH_DIR, '..', '..');
const REAL_PAGES = path.resolve(REPO, '..', 'shared', 'corpus', 'realworld', 'liveblogs');
const OUR_PAGES = path.join(REPO, 'tests', 'fixtures', 'pages');
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

/** Median wall time of the CLI printing a source, spawn to exit; one unmeasured run first writes the code cache. */
function cliTime(source: string, env: Record<string, string>): number {
  const run = () => execFileSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), '--print', '--no-archive', source], { stdio: 'ignore', env: { ...process.env, ...env } });
  run();
  const times: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

function startupCost(): void {
  // The app is one script: a run that meets no HTML never runs (nor, lazily, compiles) the parser;
  // the first page a run meets compiles and starts it, from the code cache once one run has written it.
  const cache = mkdtempSync(path.join(tmpdir(), 'livedesk-pages-bench-'));
  const plain = path.join(REPO, 'feeds', 'kati-mutiny-live.txt');
  const page = path.join(OUR_PAGES, 'liveblog-clocks.html');
  console.log(`\nStart-up, livedesk --print, spawn to exit (fresh Node process each, median of ${STARTS}):`);
  for (const [what, env] of [
    ['with the code cache', { XDG_CACHE_HOME: cache }],
    ['without it', { LIVEDESK_CODE_CACHE: 'off' }],
  ] as const) {
    console.log(`  ${what}: the plain-text demo (no parser) ${ms(cliTime(plain, env))}, a small live-blog page ${ms(cliTime(page, env))}`);
  }
  rmSync(cache, { recursive: true, force: true });
}

await readingTimes();
startupCost();
