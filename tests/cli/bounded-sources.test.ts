// Local sources under the same limits as downloads, run as a user would: a huge
// file, a device that never ends, a named pipe nobody writes to. Each is one line
// on stderr while the good source beside it loads, and the run ends in its time.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../reliability/run-cli.js';

const GOOD = 'feeds/kati-reactions.rss';
const MB = 1024 * 1024;
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'livedesk-bounded-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface JsonDesk {
  sources: Array<{ id: string; location: string; error: string | null }>;
  updates: Array<{ sourceId: string }>;
}

async function jsonBeside(bad: string, ...flags: string[]) {
  const run = await runCli(['--json', '--no-archive', ...flags, bad, GOOD], 30_000);
  expect(run.killed).toBe(false);
  expect(run.code).toBe(0);
  const desk = JSON.parse(run.stdout) as JsonDesk;
  const good = desk.sources.find((source) => source.location === GOOD);
  expect(good?.error).toBeNull();
  expect(desk.updates.filter((update) => update.sourceId === good?.id).length).toBeGreaterThan(0);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return { error: lines[0], desk };
}

describe('local sources are bounded in bytes and time', () => {
  it('refuses a 600 MB file from its size while the good source loads', async () => {
    const huge = path.join(dir, 'huge.xml');
    await writeFile(huge, '');
    await truncate(huge, 600 * MB); // sparse: nothing is written to disk
    const { error } = await jsonBeside(huge);
    expect(error).toBe(`livedesk: ${huge}: the file is 600 MB, over the 20 MB limit (--max-size)`);
  });

  it('applies --max-size to files', async () => {
    const run = await runCli(['--json', '--no-archive', '--max-size', '1KB', GOOD], 30_000);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^livedesk: feeds\/kati-reactions\.rss: the file is [\d.]+ KB, over the 1 KB limit \(--max-size\)\n$/);
  });

  it.each(['/dev/zero', '/dev/urandom'])('stops reading %s at --max-size', async (device) => {
    const { error } = await jsonBeside(device, '--max-size', '2MB');
    expect(error).toBe(`livedesk: ${device}: more than 2 MB came from it, over the limit (--max-size)`);
  });

  it('waits for a named pipe’s writer only until --timeout', async () => {
    const pipe = path.join(dir, 'nobody-writes.pipe');
    execFileSync('mkfifo', [pipe]);
    const { error } = await jsonBeside(pipe, '--timeout', '1s');
    expect(error).toBe(`livedesk: ${pipe}: nothing was written to it within 1 s (--timeout)`);
  });

  it.each(['--urls', '--opml'])('reads %s under --max-size: /dev/zero is one line, the good source still loads', async (flag) => {
    const { error } = await jsonBeside(GOOD, flag, '/dev/zero', '--max-size', '2MB');
    expect(error).toBe(`livedesk: ${flag} /dev/zero: cannot read it (more than 2 MB came from it, over the limit (--max-size))`);
  });

  it('waits for a list file that is a named pipe only until --timeout', async () => {
    const pipe = path.join(dir, 'urls.pipe');
    execFileSync('mkfifo', [pipe]);
    const { error } = await jsonBeside(GOOD, '--urls', pipe, '--timeout', '1s');
    expect(error).toBe(`livedesk: --urls ${pipe}: cannot read it (nothing was written to it within 1 s (--timeout))`);
  });

  it('keeps --max-size within what one string can hold', async () => {
    const run = await runCli(['--json', '--max-size', '1GB', GOOD], 30_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-size can be at most 256 MB');
  });
});
