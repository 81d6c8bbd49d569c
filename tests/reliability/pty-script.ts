// Like tests/e2e/pty-terminal.ts, but runs any Node script in the pseudo-terminal:
// here report-tty.mjs, which starts livedesk and outlives it to read the terminal's
// settings. The headless xterm shows which buffer (normal or alternate) is left.
import { spawn, type IPty } from '@lydell/node-pty';
import xtermHeadless from '@xterm/headless';
import { REPO_ROOT } from '../e2e/pty-terminal.js';

const { Terminal } = xtermHeadless;

export interface ScriptRun {
  raw(): string;
  bufferType(): 'normal' | 'alternate';
  waitForRaw(predicate: (raw: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  waitForExit(timeoutMs?: number): Promise<number>;
  kill(): void;
}

export function runScriptInPty(script: string, args: string[], { columns = 80, rows = 24 } = {}): ScriptRun {
  const terminal = new Terminal({ cols: columns, rows, allowProposedApi: true });
  let output = '';
  let exitCode: number | null = null;
  // Ink draws only the last frame when it believes it runs in CI.
  const { CI: _ci, ...inherited } = process.env;
  const pty: IPty = spawn(process.execPath, [script, ...args], {
    name: 'xterm-256color',
    cols: columns,
    rows,
    cwd: REPO_ROOT,
    env: { ...inherited, TZ: 'UTC', TERM: 'xterm-256color' } as Record<string, string>,
  });
  pty.onData((data) => {
    output += data;
    terminal.write(data);
  });
  pty.onExit(({ exitCode: code }) => {
    exitCode = code;
  });
  const flushed = () => new Promise<void>((resolve) => terminal.write('', resolve));

  async function until(done: () => boolean, what: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the output ends with ${JSON.stringify(output.slice(-400))}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await flushed();
  }

  return {
    raw: () => output,
    bufferType: () => terminal.buffer.active.type,
    async waitForRaw(predicate, what, timeoutMs = 8_000) {
      await until(() => predicate(output), what, timeoutMs);
      return output;
    },
    async waitForExit(timeoutMs = 8_000) {
      await until(() => exitCode !== null, 'the script to exit', timeoutMs);
      return exitCode!;
    },
    kill: () => {
      if (exitCode === null) pty.kill('SIGKILL');
    },
  };
}
