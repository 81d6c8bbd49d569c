// What every part of the benchmark shares: the built CLI, a temporary folder for inputs,
// archives and caches (so a reader's own are never touched), the pty and headless ways to
// run a program, and the rows and notes of the table being filled.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startInPty, type PtySession } from '../../tests/e2e/pty-session.js';
import { conditionalFeed, serveFeed, startFeedServer, type FeedServer } from '../../tests/net/feed-server.js';
import { childrenCpuMs } from './measure.js';

// run-ts.mjs sets argv[1] to the benchmark's real path (the bundle itself lives elsewhere).
export const BENCH_DIR = path.dirname(path.resolve(process.argv[1] ?? 'scripts/bench/run-bench.ts'));
export const REPO = path.resolve(BENCH_DIR, '..', '..');
export const CLI = path.join(REPO, 'dist', 'cli.js');
/** The app the launcher (CLI) runs: one script, where profiles find its functions. */
export const APP = path.join(REPO, 'dist', 'cli-app.js');

// One terminal size for every pty run: wide enough for the side-by-side panes.
export const COLUMNS = 120;
export const ROWS = 40;

export interface Row {
  measure: string;
  figure: string;
  target: string;
  /** null: no target, shown for context. */
  pass: boolean | null;
  /** Scenario to profile when the target is missed. */
  profile?: () => Promise<string>;
}

export const rows: Row[] = [];
export const notes: string[] = [];
/** Servers that a profile of a miss may still need, closed once profiles are done. */
export const closeAtEnd: Array<() => Promise<void>> = [];
export const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

export const TMP = mkdtempSync(path.join(os.tmpdir(), 'livedesk-bench-'));
export const tmp = (name: string) => path.join(TMP, name);
// Bundles that load the native addon at run time must sit where node_modules/ is found.
const CACHE = path.join(REPO, 'node_modules', '.cache');
mkdirSync(CACHE, { recursive: true });
export const BUILD_TMP = mkdtempSync(path.join(CACHE, 'livedesk-bench-'));
export const removeTmp = () => {
  rmSync(TMP, { recursive: true, force: true });
  rmSync(BUILD_TMP, { recursive: true, force: true });
};
// Never the reader's own archive or code cache: every run keeps them here unless it names one.
export const CHILD_ENV: Record<string, string> = { XDG_DATA_HOME: tmp('xdg-data'), XDG_CACHE_HOME: tmp('xdg-cache'), NODE_OPTIONS: '' };

export interface PtyExtra {
  nodeArgs?: string[];
  env?: Record<string, string>;
}

/** A Node script (the CLI, the hello) in the benchmark's pseudo-terminal. */
export function runPty(script: string, args: string[], extra: PtyExtra = {}): PtySession {
  return startInPty({
    args: [...(extra.nodeArgs ?? []), script, ...args],
    cwd: REPO,
    columns: COLUMNS,
    rows: ROWS,
    env: { ...CHILD_ENV, ...extra.env },
    keepRaw: false,
    scrollback: 0,
  });
}

export interface Timing {
  /** Wall-clock time, spawn to exit, ms. */
  wall: number;
  /** CPU time, user + system, all threads, ms. */
  cpu: number;
  /** The most resident memory it had (/usr/bin/time's maximum RSS), bytes; NaN without /usr/bin/time. */
  peak: number;
}

const TIME = '/usr/bin/time';
export const haveTime = existsSync(TIME);

/** Runs a program headless to completion, stdout discarded; its wall and CPU time and peak memory. */
export function timeCommand(file: string, args: string[], env: Record<string, string> = {}): Promise<Timing> {
  const report = tmp(`time-${process.hrtime.bigint()}.txt`);
  const [command, argv] = haveTime ? [TIME, ['-f', '%M', '-o', report, file, ...args]] : [file, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, argv, { cwd: REPO, env: { ...process.env, ...CHILD_ENV, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wall = performance.now() - started;
      // The child has been waited for once 'exit' fires: its CPU is in this process's cutime now.
      const cpu = childrenCpuMs() - cpuBefore;
      const peak = haveTime ? Number(readFileSync(report, 'utf8').trim().split('\n').at(-1)) * 1024 : NaN;
      if (code === 0) resolve({ wall, cpu, peak });
      else reject(new Error(`${path.basename(file)} ${args.join(' ')} exited ${code}: ${stderr}`));
    });
  });
}

/** The CLI, headless, to completion. */
export const timeCli = (args: string[], nodeArgs: string[] = []) => timeCommand(process.execPath, [...nodeArgs, CLI, ...args]);

/** The feed server, each path answering like a well-run feed server: a strong ETag, and 304 to it. */
export function serveFeeds(feeds: Array<[path: string, text: string]>): Promise<FeedServer> {
  return startFeedServer({ routes: Object.fromEntries(feeds.map(([route, text]) => [route, serveFeed(conditionalFeed(() => text))])) });
}
