// Output written to a file that cannot take it all (a file-size limit, as `ulimit -f`
// sets, or a full disk), and a config file with a mistake: each is one plain line on
// stderr, and a cut-short output is never an exit 0.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../archive/temp-archive.js';
import { CLI, REPO_ROOT } from '../e2e/pty-terminal.js';

const tempDir = useTempDir();
const FEEDS = ['feeds/kati-mutiny-live.txt', 'feeds/kati-reactions.rss'];

interface Run {
  code: number | null;
  stderr: string;
}

/** The CLI with stdout sent to `outFile`, under a file-size limit of `limitBytes` when given. */
function runInto(args: string[], outFile: string, options: { limitBytes?: number; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  // dash and bash in POSIX mode count `ulimit -f` in 512-byte blocks.
  const limit = options.limitBytes === undefined ? '' : `ulimit -f ${Math.floor(options.limitBytes / 512)} && `;
  const script = `${limit}exec "$0" "$@" > "$OUT_FILE"`;
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', script, process.execPath, CLI, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env, OUT_FILE: outFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(guard);
      resolve({ code, stderr });
    });
  });
}

describe('output to a file under a size limit', () => {
  it.each([
    ['--json', ['--json', '--no-archive', ...FEEDS]],
    ['--print', ['--print', '--no-archive', ...FEEDS]],
    ['--help', ['--help']],
  ])('%s that does not fit is one line and exit 1, never a silent cut', async (_name, args) => {
    const out = path.join(tempDir(), 'out');
    const run = await runInto(args, out, { limitBytes: 1024 });
    expect(run).toEqual({ code: 1, stderr: 'livedesk: cannot write the output: the file reached its size limit (ulimit -f) after 1 KB\n' });
    expect(statSync(out).size).toBe(1024);
  });

  it('a subcommand’s output too', async () => {
    const dir = tempDir();
    const feed = path.join(dir, 'wire.rss');
    const items = Array.from({ length: 400 }, (_, n) => `<item><guid>d-${n}</guid><title>Dispatch ${n}</title><description>${'Talks went on into the night. '.repeat(20)}</description></item>`);
    writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`);
    const archive = path.join(dir, 'archive.db');
    expect((await runInto(['--json', '--archive', archive, feed], path.join(dir, 'first'))).code).toBe(0);
    // Once without a limit, so that the limited run only reads the archive.
    expect((await runInto(['export', '--format', 'ndjson', '--archive', archive], path.join(dir, 'whole'))).code).toBe(0);
    expect(statSync(path.join(dir, 'whole')).size).toBeGreaterThan(128 * 1024);
    const run = await runInto(['export', '--format', 'ndjson', '--archive', archive], path.join(dir, 'cut'), { limitBytes: 64 * 1024 });
    expect(run).toEqual({ code: 1, stderr: 'livedesk: cannot write the output: the file reached its size limit (ulimit -f) after 64 KB\n' });
  });

  it('output that fits is written whole', async () => {
    const out = path.join(tempDir(), 'out');
    const run = await runInto(['--json', '--no-archive', ...FEEDS], out, { limitBytes: 1024 * 1024 });
    expect(run).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).updates.length).toBeGreaterThan(10);
  });
});

describe('a config file with a mistake', () => {
  it('says once that it is ignored', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'livedesk'));
    writeFileSync(path.join(dir, 'livedesk', 'config.json'), '{ "interval": "30s", }');
    const run = await runInto(['--print', '--no-archive', FEEDS[0]!], path.join(dir, 'out'), { env: { XDG_CONFIG_HOME: dir } });
    expect(run.code).toBe(0);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^livedesk: .*config\.json line 1, column \d+: .*; the whole file is ignored, using the defaults$/u);
    expect(run.stderr.match(/ignored/gu)).toHaveLength(1);
  });
});
