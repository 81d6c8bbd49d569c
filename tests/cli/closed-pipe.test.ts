// A reader that stops reading (`livedesk --print … | head -1`) is a normal end:
// livedesk exits quietly, as other command-line tools do, with no stack trace.
// The child's stdout is a real pipe whose reading end is closed before livedesk
// writes its first byte, so every write it makes meets EPIPE.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../e2e/pty-terminal.js';

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function runWithClosedStdout(args: string[], killAfterMs = 20_000): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const guard = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stderr });
    });
  });
}

function expectQuietEnd(ended: Ended): void {
  // 141 is 128 + SIGPIPE, what a shell reports for a tool the signal ended.
  expect([0, 141]).toContain(ended.code);
  expect(ended.signal).toBeNull(); // never killed by the guard
  expect(ended.stderr).toBe('');
}

describe('a closed output pipe', () => {
  it('ends --print quietly', async () => {
    expectQuietEnd(await runWithClosedStdout(['--print', 'feeds/kati-mutiny-live.txt', 'feeds/kati-reactions.rss']));
  });

  it('ends --json quietly', async () => {
    expectQuietEnd(await runWithClosedStdout(['--json', 'feeds/kati-mutiny-live.txt']));
  });

  it('ends --json --follow quietly instead of following a file for ever', async () => {
    expectQuietEnd(await runWithClosedStdout(['--json', '--follow', 'feeds/kati-mutiny-live.txt']));
  });

  it('ends quietly without an archive too', async () => {
    expectQuietEnd(await runWithClosedStdout(['--json', '--follow', '--no-archive', 'feeds/kati-reactions.rss']));
  });
});
