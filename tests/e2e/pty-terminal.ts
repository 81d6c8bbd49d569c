// Runs the built CLI in a real pseudo-terminal (the harness in pty-session.ts), so
// tests read the screen a person would see and the raw bytes behind it. A run is
// killed when the test that started it ends, passed or failed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { startInPty, type PtySession } from './pty-session.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export type PtyRun = PtySession;

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
  const run =
    stdinFrom === undefined
      ? startInPty({ args: [...nodeArgs, script, ...args], cwd: REPO_ROOT, columns, rows, env })
      : startInPty({
          file: '/bin/sh',
          args: ['-c', 'exec "$0" "$@" < "$LIVEDESK_TEST_STDIN"', process.execPath, ...nodeArgs, script, ...args],
          cwd: REPO_ROOT,
          columns,
          rows,
          env: { ...env, LIVEDESK_TEST_STDIN: stdinFrom },
        });
  onTestFinished(() => run.kill('SIGKILL'));
  return run;
}
