// The archive failing under a run: the built CLI as scripts use it, with real
// failures — a folder that cannot be made, a file size limit (the disk is full
// as far as SQLite can tell), a read-only file, a write lock held by another
// process — and output that never depends on a write having succeeded.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { damagePage } from '../archive/damage-page.js';
import { serveRss, type FeedServer } from '../net/feed-server.js';
import { CLI, REPO_ROOT, runCli, type CliRun } from '../reliability/run-cli.js';

const HOLD_LOCK = fileURLToPath(new URL('../archive/hold-write-lock.mjs', import.meta.url));
/** The exit code of a run whose output is complete but whose archive write failed. */
const NOT_ARCHIVED = 3;
// Root writes through any permission, so a read-only file is tested as another user.
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
/** As root, the other user must be able to run the built CLI from this checkout. */
const canRunUnprivileged =
  !isRoot ||
  spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)}, require('fs').constants.R_OK)`], {
    uid: NOBODY,
    gid: NOBODY,
  }).status === 0;

interface RunOptions {
  /** RLIMIT_FSIZE for the child: a file cannot grow past this many bytes (EFBIG), as on a full disk. */
  fileSizeLimit?: number;
  /** Run as an unprivileged user: nobody when the tests run as root, else as ourselves. */
  unprivileged?: boolean;
}

function start(args: string[], options: RunOptions = {}): ChildProcess {
  // dash and bash in POSIX mode count `ulimit -f` in 512-byte blocks.
  const [file, argv] =
    options.fileSizeLimit === undefined
      ? [process.execPath, [CLI, ...args]]
      : ['/bin/sh', ['-c', `ulimit -f ${Math.floor(options.fileSizeLimit / 512)} && exec "$0" "$@"`, process.execPath, CLI, ...args]];
  const asNobody = options.unprivileged === true && isRoot;
  // Another user cannot read the test home, so the config folder is one that does not exist.
  const env = asNobody ? { ...process.env, XDG_CONFIG_HOME: '/nonexistent' } : process.env;
  return spawn(file, argv, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}) });
}

function livedesk(args: string[], options: RunOptions = {}): Promise<CliRun> {
  if (options.fileSizeLimit === undefined && options.unprivileged !== true) return runCli(args, 30_000);
  const child = start(args, options);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const started = Date.now();
  return new Promise((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr, elapsedMs: Date.now() - started, killed: false })),
  );
}

function rssItems(from: number, to: number, bodyWords: number): string {
  const items: string[] = [];
  for (let n = to; n >= from; n -= 1) {
    const body = `Dispatch ${n} from the wire. `.repeat(bodyWords);
    items.push(`<item><guid>d-${n}</guid><title>Dispatch ${n}</title><pubDate>${new Date(Date.UTC(2020, 7, 18, 12, 0, n)).toUTCString()}</pubDate><description>${body}</description></item>`);
  }
  return items.join('');
}

function rss(items: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big wire</title>${items}</channel></rss>`;
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'livedesk-archive-fail-'));
}

/** The stderr lines of a run, without empty ones. */
function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

let server: FeedServer | null = null;
let holder: ChildProcess | null = null;
let follower: ChildProcess | null = null;
afterEach(async () => {
  follower?.kill('SIGKILL');
  follower = null;
  holder?.stdin?.end();
  holder?.kill('SIGKILL');
  holder = null;
  await server?.close();
  server = null;
});

describe('an archive that cannot be made', () => {
  it.skipIf(!existsSync('/proc/self'))('under /proc ends at once with one line, instead of spinning', async () => {
    // Node's recursive mkdir loops for ever under /proc, where mkdir answers ENOENT for a parent that exists.
    const run = await runCli(['--json', '--archive', '/proc/nope/x.db', 'feeds/kati-reactions.rss'], 10_000);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/proc/nope/x.db');
    expect(run.stderr).toMatch(/--no-archive/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('archive writes that fail never change the output', () => {
  it('a full disk: every update is printed, one line names the archive, and the exit is not 0', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'big.rss');
    writeFileSync(feed, rss(rssItems(1, 2000, 40)));
    const archive = path.join(dir, 'archive.db');
    // Room for the schema, not for 2,000 dispatches of about a kilobyte each.
    const run = await livedesk(['--json', '--archive', archive, feed], { fileSizeLimit: 400 * 1024 });
    expect(JSON.parse(run.stdout).updates).toHaveLength(2000);
    expect(run.code).toBe(NOT_ARCHIVED);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(archive);
    expect(run.stderr).toMatch(/disk is full/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // And the archive does not claim the source was read fine.
    const sources = JSON.parse((await livedesk(['sources', '--json', '--archive', archive])).stdout) as Array<{ location: string; health: string; updates: number }>;
    const entry = sources.find((source) => source.location === feed);
    expect(entry === undefined || entry.health !== 'ok' || entry.updates === 2000, JSON.stringify(entry)).toBe(true);
  });

  it('--print on a full disk prints every update too', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'big.rss');
    writeFileSync(feed, rss(rssItems(1, 2000, 40)));
    const run = await livedesk(['--print', '--archive', path.join(dir, 'archive.db'), feed], { fileSizeLimit: 400 * 1024 });
    expect(run.stdout.match(/Dispatch \d+$/gmu)).toHaveLength(2000);
    expect(run.code).toBe(NOT_ARCHIVED);
    expect(lines(run.stderr)).toHaveLength(1);
  });

  // Skipped only when running as root in a checkout the unprivileged user cannot read.
  it.skipIf(!canRunUnprivileged)('a read-only archive: history and this run are printed, one line says it is read-only', async () => {
    const dir = tempDir();
    const archive = path.join(dir, 'archive.db');
    const blog = path.join(dir, 'live.txt');
    copyFileSync(path.join(REPO_ROOT, 'feeds', 'kati-mutiny-live.txt'), blog);
    const first = await livedesk(['--json', '--archive', archive, 'feeds/kati-reactions.rss']);
    expect(first.code).toBe(0);
    chmodSync(archive, 0o444);
    // The folder stays writable (SQLite keeps its lock files there); only the archive is read-only.
    chmodSync(dir, 0o755);
    if (isRoot) chownSync(dir, NOBODY, NOBODY);
    const run = await livedesk(['--json', '--archive', archive, blog, 'feeds/kati-reactions.rss'], { unprivileged: true });
    const desk = JSON.parse(run.stdout) as { updates: Array<{ sourceId: string }>; sources: Array<{ id: string }> };
    const bySource = desk.sources.map((source) => desk.updates.filter((update) => update.sourceId === source.id).length);
    expect(bySource[0]).toBeGreaterThan(0);
    expect(bySource[1]).toBe(7);
    expect(run.code).toBe(NOT_ARCHIVED);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(archive);
    expect(run.stderr).toMatch(/read-only/);
  });

  it('a write lock held by another process for over 5 s: the output is complete, one line says so', async () => {
    const dir = tempDir();
    const archive = path.join(dir, 'archive.db');
    expect((await livedesk(['--json', '--archive', archive, 'feeds/kati-reactions.rss'])).code).toBe(0);
    holder = spawn(process.execPath, [HOLD_LOCK, archive], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve()));
    const run = await livedesk(['--json', '--archive', archive, 'feeds/kati-mutiny-live.txt', 'feeds/kati-reactions.rss']);
    const desk = JSON.parse(run.stdout) as { updates: unknown[] };
    expect(desk.updates.length).toBeGreaterThan(7);
    expect(run.code).toBe(NOT_ARCHIVED);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(archive);
    expect(run.stderr).toMatch(/another process|lock/);
  });

  it('--follow reports a write that failed as a status event, and streams on', async () => {
    const dir = tempDir();
    let items = rssItems(1, 3, 5);
    server = await serveRss(() => rss(items));
    follower = start(['--json', '--follow', '--interval', '1s', '--archive', path.join(dir, 'archive.db'), server.url('/wire.rss')], {
      fileSizeLimit: 400 * 1024,
    });
    const events: Array<{ type: string; sourceId?: string; state?: string; message?: string; update?: { title: string } }> = [];
    let buffer = '';
    const seen = (predicate: (event: (typeof events)[number]) => boolean) =>
      new Promise<void>((resolve) => {
        const check = () => (events.some(predicate) ? resolve() : follower!.stdout!.once('data', check));
        check();
      });
    follower.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const complete = buffer.split('\n');
      buffer = complete.pop() ?? '';
      for (const line of complete) events.push(JSON.parse(line));
    });
    await seen((event) => event.type === 'update' && event.update?.title === 'Dispatch 3');
    // Far more than the file may grow by: this poll's write fails.
    items = rssItems(1, 1500, 40);
    await seen((event) => event.type === 'update' && event.update?.title === 'Dispatch 1500');
    await seen((event) => event.type === 'status' && event.sourceId === 'archive');
    const status = events.find((event) => event.type === 'status' && event.sourceId === 'archive')!;
    expect(status.state).toBe('error');
    expect(status.message).toMatch(/disk is full/);
    expect(events.filter((event) => event.type === 'update')).toHaveLength(1500);
  });
});

describe('a damaged archive', () => {
  it('with a damaged sources page: the run prints, one line names the file and how to recover, nothing is written', async () => {
    const dir = tempDir();
    const archive = path.join(dir, 'archive.db');
    expect((await livedesk(['--json', '--archive', archive, 'feeds/kati-reactions.rss'])).code).toBe(0);
    damagePage(archive, 'sources');
    const bytes = readFileSync(archive);
    const run = await livedesk(['--json', '--archive', archive, 'feeds/kati-mutiny-live.txt', 'feeds/kati-reactions.rss']);
    expect(JSON.parse(run.stdout).updates.length).toBeGreaterThan(7);
    expect(run.code).toBe(NOT_ARCHIVED);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(`livedesk archive recover --archive ${archive}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(archive).equals(bytes)).toBe(true);

    const recovered = await livedesk(['archive', 'recover', '--archive', archive]);
    expect(recovered.code).toBe(0);
    const copy = path.join(dir, 'archive.recovered.db');
    expect(recovered.stdout).toContain(copy);
    // The reactions feed's seven updates outlive their source's row, under its id.
    const desk = JSON.parse((await livedesk(['export', '--archive', copy])).stdout) as { updates: unknown[] };
    expect(desk.updates).toHaveLength(7);
  });
});
