// What a newcomer types wrong, run as they would run it: one plain line on stderr
// that says what to type instead, and the right exit code. Also `-`, a feed read
// from standard input under the same limits as any other source.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../e2e/pty-terminal.js';
import { runCli } from '../reliability/run-cli.js';

const FEED = 'feeds/kati-reactions.rss';

/** The CLI with `input` written to its stdin (then closed, unless `keepOpen`). */
function withStdin(args: string[], input: string | Buffer, keepOpen = false): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // The CLI may stop reading (over --max-size) before all is written.
    child.stdin.on('error', () => undefined);
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    child.stdin.write(input);
    if (!keepOpen) child.stdin.end();
  });
}

describe('an option livedesk does not know', () => {
  it.each([
    [['--jsno', FEED], "livedesk: unknown option '--jsno': did you mean --json?\n"],
    [['--no-archiv', FEED], "livedesk: unknown option '--no-archiv': did you mean --no-archive?\n"],
    [['--JSON', FEED], "livedesk: unknown option '--JSON': did you mean --json?\n"],
    [['--intervall=5s', FEED], "livedesk: unknown option '--intervall': did you mean --interval?\n"],
    [['--bogus', FEED], "livedesk: unknown option '--bogus' (livedesk --help lists them)\n"],
    [['-x', FEED], "livedesk: unknown option '-x' (livedesk --help lists them)\n"],
    [['sources', '--jsno'], "livedesk sources: unknown option '--jsno': did you mean --json?\n"],
  ])('%j is one line naming the option meant', async (args, message) => {
    const run = await runCli(args, 20_000);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', message]);
  });
});

describe('a source that is an address without its scheme', () => {
  it.each([
    ['127.0.0.1:8080/feed', 'http://127.0.0.1:8080/feed'],
    ['example.org/feed', 'http://example.org/feed'],
    ['localhost:3000', 'http://localhost:3000'],
  ])('%s suggests %s', async (typed, meant) => {
    const run = await runCli(['--print', '--no-archive', typed], 20_000);
    expect([run.code, run.stderr]).toEqual([1, `livedesk: ${typed}: no such file; did you mean ${meant}?\n`]);
  });

  it('a missing file is only a missing file', async () => {
    const run = await runCli(['--print', '--no-archive', 'feeds/missing.rss'], 20_000);
    expect([run.code, run.stderr]).toEqual([1, 'livedesk: feeds/missing.rss: no such file\n']);
  });
});

describe('a list of sources that cannot be read', () => {
  it('says so, and not also that no source was given', async () => {
    const run = await runCli(['--print', '--no-archive', '--opml', 'missing.opml'], 20_000);
    expect([run.code, run.stderr]).toEqual([2, 'livedesk: --opml missing.opml: cannot read it (no such file)\n']);
  });
});

describe('options that contradict each other', () => {
  it.each([
    [['--print', '--json', FEED], 'livedesk: --print and --json do not go together: choose one\n'],
    [['--archive', 'a.db', '--no-archive', FEED], 'livedesk: --archive and --no-archive do not go together: choose one\n'],
    [['--json', '--follow', '-'], 'livedesk: --follow keeps watching its sources, and standard input (-) can be read only once\n'],
  ])('%j is refused', async (args, message) => {
    const run = await runCli(args, 20_000);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `${message}Try 'livedesk --help'.\n`]);
  });
});

describe('- reads a feed from standard input', () => {
  it('reads it beside the other sources', async () => {
    const run = await withStdin(['--json', '--no-archive', '-', 'feeds/kati-mutiny-live.txt'], readFileSync(path.join(REPO_ROOT, FEED)));
    expect([run.code, run.stderr]).toEqual([0, '']);
    const desk = JSON.parse(run.stdout) as { sources: Array<{ id: string; title: string; error: string | null }>; updates: Array<{ sourceId: string }> };
    expect(desk.sources.map((source) => [source.id, source.error])).toEqual([
      ['-', null],
      [path.join(REPO_ROOT, 'feeds/kati-mutiny-live.txt'), null],
    ]);
    expect(desk.sources[0]!.title).toBe('Sahel Desk: world reactions');
    expect(desk.updates.filter((update) => update.sourceId === '-').length).toBeGreaterThan(5);
  });

  it('stops at --max-size', async () => {
    const run = await withStdin(['--print', '--no-archive', '--max-size', '1KB', '-'], Buffer.alloc(64 * 1024, 'a'));
    expect([run.code, run.stderr]).toEqual([1, 'livedesk: -: more than 1 KB came from it, over the limit (--max-size)\n']);
  });

  it('stops waiting at --timeout when nothing comes', async () => {
    const run = await withStdin(['--print', '--no-archive', '--timeout', '1s', '-'], '', true);
    expect([run.code, run.stderr]).toEqual([1, 'livedesk: -: nothing was written to it within 1 s (--timeout)\n']);
    expect(run.ms).toBeLessThan(15_000);
  });

  it('says what is wrong with an empty input at once', async () => {
    const run = await withStdin(['--print', '--no-archive', '--timeout', '10s', '-'], '');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^livedesk: -: .*empty/u);
    expect(run.ms).toBeLessThan(10_000);
  });
});
