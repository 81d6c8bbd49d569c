// The archive failing under a run: the built CLI as scripts use it, with real
// failures — a folder that cannot be made, a file size limit, a lock held by
// another process, a read-only file — and output that never depends on a write.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../reliability/run-cli.js';

describe('an archive that cannot be made', () => {
  it.skipIf(!existsSync('/proc/self'))('under /proc ends at once with one line, instead of spinning', async () => {
    // Node's recursive mkdir loops for ever under /proc, where mkdir answers ENOENT for a parent that exists.
    const run = await runCli(['--json', '--archive', '/proc/nope/x.db', 'feeds/kati-reactions.rss'], 10_000);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/proc/nope/x.db');
    expect(run.stderr).toMatch(/--no-archive/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
