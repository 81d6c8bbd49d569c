// The launcher's code cache, as a user meets it: the first run writes it into the XDG
// cache folder, the next one reads it, and a cache that is corrupt, foreign, stale or
// cannot be written never changes a run's output, exit code or stderr.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../reliability/run-cli.js';
import { runInPty } from '../e2e/pty-terminal.js';

const run = promisify(execFile);
const BLOG = path.join(REPO_ROOT, 'feeds', 'kati-mutiny-live.txt');
const ARGS = ['--print', '--no-archive', BLOG];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** The launcher's own account (LIVEDESK_DEBUG_CODE_CACHE): "read …" and "write …" lines. */
  cache: string[];
}

function newHome(): { cache: string; log: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'livedesk-code-cache-'));
  return { cache: path.join(dir, 'cache'), log: path.join(dir, 'cache.log') };
}

async function livedesk(home: { cache: string; log: string }, args = ARGS, env: Record<string, string> = {}): Promise<Run> {
  writeFileSync(home.log, '');
  const result = await run(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, XDG_CACHE_HOME: home.cache, LIVEDESK_DEBUG_CODE_CACHE: home.log, ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
  return { ...result, cache: readFileSync(home.log, 'utf8').split('\n').filter((line) => line !== '') };
}

const cacheFiles = (cache: string) => {
  const folder = path.join(cache, 'livedesk');
  return existsSync(folder) ? readdirSync(folder).map((name) => path.join(folder, name)) : [];
};

describe('the code cache', () => {
  it('is written by the first run into $XDG_CACHE_HOME/livedesk and read by the next, with the same output', async () => {
    const home = newHome();
    const first = await livedesk(home);
    expect(first).toMatchObject({ code: 0, stderr: '', cache: ['read missing', 'write done'] });
    expect(first.stdout).toContain('Kati');
    expect(cacheFiles(home.cache).map((file) => path.basename(file))).toEqual([expect.stringMatching(/^cli-[0-9a-f]{12}-node[\d.]+-\w+-headless\.v8cache$/)]);
    const second = await livedesk(home);
    expect(second).toEqual({ ...first, cache: ['read hit'] });
  });

  it('keeps one cache per start path, so `--version` does not stand in for a run that reads feeds', async () => {
    const home = newHome();
    await livedesk(home, ['--version']);
    expect((await livedesk(home)).cache).toEqual(['read missing', 'write done']);
    expect(cacheFiles(home.cache).map((file) => path.basename(file).split('-').at(-1)).sort()).toEqual(['brief.v8cache', 'headless.v8cache']);
  });

  it('runs as without a cache when the cache is corrupt, and writes a good one over it', async () => {
    const home = newHome();
    const clean = await livedesk(home);
    const [file] = cacheFiles(home.cache);
    const good = readFileSync(file!);
    const corruptions: Record<string, Buffer> = {
      'a flipped byte': Buffer.from(good).fill(good[good.length >> 1]! ^ 0x10, good.length >> 1, (good.length >> 1) + 1),
      'a torn end': good.subarray(0, good.length >> 1),
      garbage: Buffer.from('#!/bin/sh\necho not a cache\n'.repeat(50)),
      'nothing at all': Buffer.alloc(0),
    };
    for (const [what, bytes] of Object.entries(corruptions)) {
      writeFileSync(file!, bytes);
      const broken = await livedesk(home);
      expect(broken, what).toEqual({ ...clean, cache: ['read corrupt', 'write done'] });
      expect((await livedesk(home)).cache, what).toEqual(['read hit']);
    }
  });

  it("lets V8 turn down a well-formed cache that is not this bundle's, and writes its own", async () => {
    const home = newHome();
    const clean = await livedesk(home);
    const [file] = cacheFiles(home.cache);
    // Our header and checksum around bytes V8 never wrote: only V8's own check stands in the way.
    const good = readFileSync(file!);
    const foreign = Buffer.from(good.subarray(12)).reverse();
    const { crc32 } = (await import('node:zlib')) as unknown as { crc32: (data: Uint8Array) => number };
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc32(foreign));
    writeFileSync(file!, Buffer.concat([good.subarray(0, 8), sum, foreign]));
    expect(await livedesk(home)).toEqual({ ...clean, cache: ['read rejected', 'write done'] });
    expect((await livedesk(home)).cache).toEqual(['read hit']);
  });

  it('never stops a run when it cannot be written: a file where its folder should be', async () => {
    const home = newHome();
    const clean = await livedesk(home, ARGS, { LIVEDESK_CODE_CACHE: 'off' });
    expect(clean.cache).toEqual(['read off']);
    writeFileSync(home.cache, 'a file, not a folder');
    const blocked = await livedesk(home);
    expect(blocked.code).toBe(0);
    expect(blocked.stderr).toBe('');
    expect(blocked.stdout).toBe(clean.stdout);
    expect(blocked.cache[0]).toBe('read unreadable');
    expect(blocked.cache[1]).toMatch(/^write failed: .*ENOTDIR/);
  });

  it("is rebuilt for a new build, and the old build's cache is removed", async () => {
    const home = newHome();
    await livedesk(home);
    const [file] = cacheFiles(home.cache);
    // The same cache under another build's name: what an upgrade leaves behind.
    const old = path.join(path.dirname(file!), path.basename(file!).replace(/^cli-[0-9a-f]{12}-/, 'cli-000000000000-'));
    renameSync(file!, old);
    expect((await livedesk(home)).cache).toEqual(['read missing', 'write done']);
    expect(cacheFiles(home.cache)).toEqual([file]);
  });

  it('is not used at all with LIVEDESK_CODE_CACHE=off', async () => {
    const home = newHome();
    const off = await livedesk(home, ARGS, { LIVEDESK_CODE_CACHE: 'off' });
    expect(off).toMatchObject({ code: 0, stderr: '', cache: ['read off'] });
    expect(existsSync(home.cache)).toBe(false);
  });

  it('is kept for the dashboard too, written while it runs', async () => {
    const home = newHome();
    mkdirSync(home.cache, { recursive: true });
    writeFileSync(home.log, '');
    const env = { XDG_CACHE_HOME: home.cache, LIVEDESK_DEBUG_CODE_CACHE: home.log };
    const first = runInPty(['--no-archive', BLOG], { columns: 100, rows: 30, env });
    await first.waitForText('Kati');
    // Written a few seconds in, while the dashboard keeps running.
    await first.waitForScreen(() => readFileSync(home.log, 'utf8').includes('write done'), 'the cache to be written', 30_000);
    first.write('q');
    expect(await first.waitForExit()).toBe(0);
    expect(cacheFiles(home.cache).map((name) => path.basename(name))).toEqual([expect.stringMatching(/-dashboard\.v8cache$/)]);
    writeFileSync(home.log, '');
    const second = runInPty(['--no-archive', BLOG], { columns: 100, rows: 30, env });
    await second.waitForText('Kati');
    second.write('q');
    expect(await second.waitForExit()).toBe(0);
    expect(readFileSync(home.log, 'utf8')).toBe('read hit\n');
  });
});
