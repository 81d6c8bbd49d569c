// Runs the built CLI in a real pseudo-terminal and feeds its output to a headless
// xterm, so tests read the screen a person would see and the raw bytes behind it.
// A run is killed when the test that started it ends, passed or failed.
import { spawn, type IPty } from '@lydell/node-pty';
import xtermHeadless from '@xterm/headless';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

const { Terminal } = xtermHeadless;

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface PtyRun {
  /** Every byte the program wrote, as text. */
  raw(): string;
  screen(): string;
  /** Which xterm buffer is showing: the alternate screen while the dashboard runs. */
  bufferType(): 'normal' | 'alternate';
  write(keys: string): void;
  resize(columns: number, rows: number): void;
  waitForText(text: string, timeoutMs?: number): Promise<string>;
  waitForScreen(predicate: (screen: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  /** Waits on the bytes written so far, for what a screen does not show (or shows only for a moment). */
  waitForRaw(predicate: (raw: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  waitForExit(timeoutMs?: number): Promise<number>;
  kill(signal?: NodeJS.Signals): void;
}

export interface PtyOptions {
  columns?: number;
  rows?: number;
  env?: Record<string, string>;
  /** Reads stdin from this file instead of the terminal (output still goes to the terminal). */
  stdinFrom?: string;
  /** Another Node script to run instead of the CLI (it may start the CLI itself). */
  script?: string;
  /** Flags for node itself, before the script (`--import` a probe). */
  nodeArgs?: string[];
}

export function runInPty(args: string[], { columns = 80, rows = 24, env = {}, stdinFrom, script = CLI, nodeArgs = [] }: PtyOptions = {}): PtyRun {
  const terminal = new Terminal({ cols: columns, rows, allowProposedApi: true });
  let output = '';
  let exitCode: number | null = null;
  // Ink draws only the last frame when it believes it runs in CI, so the child must not see CI at all.
  const { CI: _ci, ...inherited } = process.env;
  const [file, argv] =
    stdinFrom === undefined
      ? [process.execPath, [...nodeArgs, script, ...args]]
      : ['/bin/sh', ['-c', 'exec "$0" "$@" < "$LIVEDESK_TEST_STDIN"', process.execPath, ...nodeArgs, script, ...args]];
  const pty: IPty = spawn(file, argv, {
    name: 'xterm-256color',
    cols: columns,
    rows,
    cwd: REPO_ROOT,
    env: { ...inherited, TZ: 'UTC', TERM: 'xterm-256color', ...env, ...(stdinFrom === undefined ? {} : { LIVEDESK_TEST_STDIN: stdinFrom }) } as Record<string, string>,
  });
  // Waits wake on every chunk of output and on the exit, not on a fixed tick.
  const wakers = new Set<() => void>();
  const wake = () => {
    for (const waker of [...wakers]) waker();
  };
  pty.onData((data) => {
    output += data;
    terminal.write(data);
    wake();
  });
  pty.onExit(({ exitCode: code }) => {
    exitCode = code;
    wake();
  });
  onTestFinished(() => {
    if (exitCode === null) pty.kill('SIGKILL');
  });

  /** The next output or exit, or `ms` later for conditions outside the terminal (a resize, a server). */
  function nextEvent(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      wakers.add(done);
    });
  }

  // Generous: on a busy 2-core machine a first frame can take seconds; passing tests never wait this long.
  async function until<T>(check: () => Promise<T | undefined>, failure: () => Error, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw failure();
      await nextEvent(Math.min(left, 100));
    }
  }

  // xterm parses writes asynchronously; an empty write's callback means it caught up.
  const flushed = () => new Promise<void>((resolve) => terminal.write('', resolve));

  function screen(): string {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < terminal.rows; y++) lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return lines.join('\n');
  }

  function waitForScreen(predicate: (text: string) => boolean, what: string, timeoutMs?: number): Promise<string> {
    return until(
      async () => {
        await flushed();
        const text = screen();
        return predicate(text) ? text : undefined;
      },
      () => new Error(`timed out waiting for ${what}; the screen shows:\n${screen()}`),
      timeoutMs,
    );
  }

  return {
    raw: () => output,
    screen,
    bufferType: () => terminal.buffer.active.type,
    write: (keys) => pty.write(keys),
    resize(newColumns, newRows) {
      terminal.resize(newColumns, newRows);
      pty.resize(newColumns, newRows);
    },
    waitForText: (text, timeoutMs) => waitForScreen((s) => s.includes(text), JSON.stringify(text), timeoutMs),
    waitForScreen,
    async waitForRaw(predicate, what, timeoutMs) {
      await until(
        async () => (predicate(output) ? true : undefined),
        () => new Error(`timed out waiting for ${what}; the output ends with ${JSON.stringify(output.slice(-400))}`),
        timeoutMs,
      );
      await flushed();
      return output;
    },
    async waitForExit(timeoutMs) {
      const code = await until(
        async () => exitCode ?? undefined,
        () => new Error(`the program did not exit; the screen shows:\n${screen()}`),
        timeoutMs,
      );
      await flushed();
      return code;
    },
    kill: (signal = 'SIGKILL') => {
      if (exitCode === null) pty.kill(signal);
    },
  };
}
