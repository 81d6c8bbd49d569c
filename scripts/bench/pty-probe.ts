// A program in a real pseudo-terminal, its output fed to a headless xterm, with the
// timings a benchmark needs: when each chunk of output arrived, and a snapshot of the
// screen that includes every cell's colours and attributes and the cursor, because
// moving a selection often changes nothing but a highlight.
import { spawn, type IPty } from '@lydell/node-pty';
import xtermHeadless from '@xterm/headless';
import { performance } from 'node:perf_hooks';

const { Terminal } = xtermHeadless;
type HeadlessTerminal = InstanceType<typeof Terminal>;

export interface ProbeOptions {
  /** Node's own flags (--import, --cpu-prof …), placed before the script. */
  nodeArgs?: string[];
  columns?: number;
  rows?: number;
  cwd: string;
  env?: Record<string, string>;
}

export interface Probe {
  readonly pid: number;
  /** performance.now() just before the pty was spawned. */
  readonly spawnedAt: number;
  write(keys: string): void;
  /** Plain text of the visible screen. */
  screen(): string;
  /** Text, colours, attributes and cursor of the visible screen, as one comparable string. */
  snapshot(): string;
  /** Resolves once xterm has parsed everything received so far. */
  flushed(): Promise<void>;
  /**
   * Resolves with the arrival time (performance.now()) of the output chunk after which
   * `predicate` first held, checked after every chunk; rejects after `timeoutMs`.
   */
  waitFor(predicate: () => boolean, what: string, timeoutMs?: number): Promise<number>;
  /** performance.now() of the last chunk of output. */
  lastOutputAt(): number;
  exited(): boolean;
  /** SIGTERM (the dashboard restores the terminal and exits), then SIGKILL if it lingers. */
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

export function spawnInPty(script: string, args: string[], options: ProbeOptions): Probe {
  const columns = options.columns ?? 120;
  const rows = options.rows ?? 40;
  const terminal = new Terminal({ cols: columns, rows, allowProposedApi: true, scrollback: 0 });
  // Ink draws only the final frame when it believes it runs in CI, so the child must not see CI.
  const { CI: _ci, ...inherited } = process.env;
  const spawnedAt = performance.now();
  const pty: IPty = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], {
    name: 'xterm-256color',
    cols: columns,
    rows,
    cwd: options.cwd,
    env: { ...inherited, TZ: 'UTC', TERM: 'xterm-256color', ...options.env } as Record<string, string>,
  });
  let lastChunkAt = spawnedAt;
  let exited = false;
  // Every waiter is checked once xterm has parsed the chunk, and stamped with the
  // chunk's arrival time rather than the (later) time the check ran.
  const waiters = new Set<{ predicate: () => boolean; resolve: (at: number) => void }>();
  pty.onData((data) => {
    const at = performance.now();
    lastChunkAt = at;
    terminal.write(data, () => {
      for (const waiter of waiters) {
        if (waiter.predicate()) {
          waiters.delete(waiter);
          waiter.resolve(at);
        }
      }
    });
  });
  pty.onExit(() => {
    exited = true;
  });

  const flushed = () => new Promise<void>((resolve) => terminal.write('', resolve));
  const screen = () => {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < terminal.rows; y++) lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return lines.join('\n');
  };

  return {
    pid: pty.pid,
    spawnedAt,
    write: (keys) => pty.write(keys),
    screen,
    snapshot: () => cellSnapshot(terminal),
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
          waiters.delete(waiter);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the screen shows:\n${screen()}`));
        }, timeoutMs);
        waiters.add(waiter);
        // It may hold already, from output parsed before the wait began.
        void flushed().then(() => {
          if (waiters.has(waiter) && predicate()) {
            waiters.delete(waiter);
            waiter.resolve(lastChunkAt);
          }
        });
      });
    },
    lastOutputAt: () => lastChunkAt,
    exited: () => exited,
    async stop() {
      if (exited) return;
      pty.kill('SIGTERM');
      const deadline = Date.now() + 3000;
      while (!exited && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      if (!exited) pty.kill('SIGKILL');
      while (!exited) await new Promise((resolve) => setTimeout(resolve, 10));
      terminal.dispose();
    },
  };
}

/** True once the screen shows any text: the first frame has been painted. */
export function hasText(probe: Probe): boolean {
  return /\S/.test(probe.screen());
}
