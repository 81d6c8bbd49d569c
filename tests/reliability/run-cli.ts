// Runs the built CLI as a child process with pipes (so it is headless), and reports
// how it ended. A child that outlives `killAfterMs` is killed and reported as such,
// so a hang fails its test instead of the whole run.
import { spawn } from 'node:child_process';
import { CLI, REPO_ROOT } from '../e2e/pty-terminal.js';

export { CLI, REPO_ROOT };

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** For messages only: how long it ran. */
  elapsedMs: number;
  killed: boolean;
}

export function runCli(args: string[], killAfterMs = 30_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const guard = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, killAfterMs);
    child.once('error', (error) => {
      clearTimeout(guard);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr, elapsedMs: Date.now() - started, killed });
    });
  });
}
