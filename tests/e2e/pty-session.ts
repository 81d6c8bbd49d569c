// A program in a real pseudo-terminal, its output fed to a headless xterm: the one
// harness of the end-to-end tests and the benchmark. It reads the screen a person
// would see (its text, or every cell's colours and attributes and the cursor, since
// moving a selection often changes nothing but a highlight) and the raw bytes, and
// stamps each chunk of output with the moment it arrived, for latencies.
import { spawn, type IPty } from '@lydell/node-pty';
import xtermHeadless from '@xterm/headless';
import { performance } from 'node:perf_hooks';

const { Terminal } = xtermHeadless;
type HeadlessTerminal = InstanceType<typeof Terminal>;

export interface PtySessionOptions {
  /** The program; Node itself unless given. */
  file?: string;
  /** Everything after the program's name: for Node, its flags, the script and the script's arguments. */
  args: string[];
  cwd: string;
  columns?: number;
  rows?: number;
  /** Added to the environment, which never holds CI (Ink draws only the last frame when it sees it). */
  env?: Record<string, string>;
  /** Keep every byte for raw() (the default); a long benchmark run turns it off. */
  keepRaw?: boolean;
  /** Lines xterm keeps above the screen (its default, 1000, unless given). */
  scrollback?: number;
}

export interface PtySession {
  readonly pid: number;
  /** performance.now() just before the pty was spawned. */
  readonly spawnedAt: number;
  /** Every byte the program wrote, as text (empty when keepRaw is off). */
  raw(): string;
  /** Plain text of the visible screen. */
  screen(): string;
  /** Text, colours, attributes and cursor of the visible screen, as one comparable string. */
  snapshot(): string;
  /** Which xterm buffer is showing: the alternate screen while a full-screen program runs. */
  bufferType(): 'normal' | 'alternate';
  write(keys: string): void;
  /**
   * What a real xterm sends for an arrow key now: ESC O and the letter once the program has
   * asked for application cursor keys (as curses programs do), ESC [ and the letter otherwise.
   */
  cursorKey(arrow: 'up' | 'down' | 'right' | 'left'): string;
  resize(columns: number, rows: number): void;
  /** Resolves once xterm has parsed everything received so far. */
  flushed(): Promise<void>;
  /**
   * Resolves with the arrival time (performance.now()) of the output chunk after which
   * `predicate` first held, checked once xterm has parsed each chunk; rejects after `timeoutMs`.
   */
  waitFor(predicate: () => boolean, what: string, timeoutMs?: number): Promise<number>;
  waitForText(text: string, timeoutMs?: number): Promise<string>;
  /** Also re-checked every 100 ms, for conditions outside the terminal (a resize, a server). */
  waitForScreen(predicate: (screen: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  /** Waits on the bytes written so far, for what a screen does not show (or shows only for a moment). */
  waitForRaw(predicate: (raw: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  waitForExit(timeoutMs?: number): Promise<number>;
  /** performance.now() of the last chunk of output. */
  lastOutputAt(): number;
  exited(): boolean;
  kill(signal?: NodeJS.Signals): void;
  /** SIGTERM (a full-screen program restores the terminal and exits), then SIGKILL if it lingers. */
  stop(): Promise<void>;
}

export function cellSnapshot(terminal: HeadlessTerminal): string {
  const buffer = terminal.buffer.active;
  const cell = buffer.getNullCell();
  const parts: string[] = [`${buffer.type} ${buffer.cursorX},${buffer.cursorY}`];
  for (let y = 0; y < terminal.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    if (line === undefined) continue;
    let row = '';
    for (let x = 0; x < terminal.cols; x++) {
      line.getCell(x, cell);
      // Mode and value both: palette colour 1 and RGB 0x000001 must not compare equal.
      row +=
        cell.getChars() +
        '\u0000' +
        cell.getFgColorMode() +
        ':' +
        cell.getFgColor() +
        ':' +
        cell.getBgColorMode() +
        ':' +
        cell.getBgColor() +
        ':' +
        // The is…() methods return the raw flag bit, not 0/1.
        (cell.isBold() ? 'b' : '') +
        (cell.isDim() ? 'd' : '') +
        (cell.isItalic() ? 'i' : '') +
        (cell.isUnderline() ? 'u' : '') +
        (cell.isInverse() ? 'v' : '') +
        (cell.isStrikethrough() ? 's' : '') +
        '\u0001';
    }
    parts.push(row);
  }
  return parts.join('\n');
}

export function startInPty(options: PtySessionOptions): PtySession {
  const columns = options.columns ?? 80;
  const rows = options.rows ?? 24;
  const keepRaw = options.keepRaw ?? true;
  const terminal = new Terminal({ cols: columns, rows, allowProposedApi: true, ...(options.scrollback === undefined ? {} : { scrollback: options.scrollback }) });
  const { CI: _ci, ...inherited } = process.env;
  const spawnedAt = performance.now();
  const pty: IPty = spawn(options.file ?? process.execPath, options.args, {
    name: 'xterm-256color',
    cols: columns,
    rows,
    cwd: options.cwd,
    env: { ...inherited, TZ: 'UTC', TERM: 'xterm-256color', ...options.env } as Record<string, string>,
  });
  let output = '';
  let exitCode: number | null = null;
  let lastChunkAt = spawnedAt;
  // Stamped waiters are checked once xterm has parsed a chunk, and resolved with the
  // chunk's arrival time rather than the (later) time the check ran.
  const stamped = new Set<{ predicate: () => boolean; resolve: (at: number) => void }>();
  // The other waits wake on every chunk of output and on the exit, not on a fixed tick.
  const wakers = new Set<() => void>();
  const wake = () => {
    for (const waker of [...wakers]) waker();
  };
  pty.onData((data) => {
    const at = performance.now();
    lastChunkAt = at;
    if (keepRaw) output += data;
    terminal.write(data, () => {
      for (const waiter of stamped) {
        if (waiter.predicate()) {
          stamped.delete(waiter);
          waiter.resolve(at);
        }
      }
    });
    wake();
  });
  pty.onExit(({ exitCode: code }) => {
    exitCode = code;
    wake();
  });

  /** The next output or exit, or `ms` later. */
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

  const kill = (signal: NodeJS.Signals = 'SIGKILL') => {
    if (exitCode === null) pty.kill(signal);
  };

  return {
    pid: pty.pid,
    spawnedAt,
    raw: () => output,
    screen,
    snapshot: () => cellSnapshot(terminal),
    bufferType: () => terminal.buffer.active.type,
    write: (keys) => pty.write(keys),
    cursorKey: (arrow) => (terminal.modes.applicationCursorKeysMode ? '\x1bO' : '\x1b[') + { up: 'A', down: 'B', right: 'C', left: 'D' }[arrow],
    resize(newColumns, newRows) {
      terminal.resize(newColumns, newRows);
      pty.resize(newColumns, newRows);
    },
    flushed,
    waitFor(predicate, what, timeoutMs = 10_000) {
      return new Promise<number>((resolve, reject) => {
        const waiter = {
          predicate,
          resolve: (at: number) => {
            clearTimeout(timer);
            resolve(at);
          },
        };
        const timer = setTimeout(() => {
          stamped.delete(waiter);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the screen shows:\n${screen()}`));
        }, timeoutMs);
        stamped.add(waiter);
        // It may hold already, from output parsed before the wait began.
        void flushed().then(() => {
          if (stamped.has(waiter) && predicate()) {
            stamped.delete(waiter);
            waiter.resolve(lastChunkAt);
          }
        });
      });
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
    lastOutputAt: () => lastChunkAt,
    exited: () => exitCode !== null,
    kill,
    async stop() {
      if (exitCode === null) {
        kill('SIGTERM');
        const deadline = Date.now() + 3000;
        while (exitCode === null && Date.now() < deadline) await nextEvent(10);
        kill('SIGKILL');
        while (exitCode === null) await nextEvent(10);
      }
      terminal.dispose();
    },
  };
}

/** True once the screen shows any text: the first frame has been painted. */
export function hasText(session: PtySession): boolean {
  return /\S/.test(session.screen());
}
