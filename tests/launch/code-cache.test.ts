// The code cache's file handling on real files in a temporary folder: the XDG folder,
// a file written whole, and every way a file can be unusable read as "no cache".
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheFile, codeCacheFolder, readCodeCache, removeStaleCaches, writeCodeCache, type CacheKey } from '../../src/launch/code-cache.js';

const KEY: CacheKey = { name: 'cli', build: '0123456789ab', startPath: 'dashboard' };
const folder = () => mkdtempSync(path.join(tmpdir(), 'livedesk-code-cache-'));
const payload = Buffer.from(Array.from({ length: 5000 }, (_, index) => (index * 7) % 251));

describe('codeCacheFolder', () => {
  it('is livedesk/ under XDG_CACHE_HOME, else under ~/.cache', () => {
    expect(codeCacheFolder({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/a' })).toBe('/x/cache/livedesk');
    expect(codeCacheFolder({ HOME: '/home/a' })).toBe('/home/a/.cache/livedesk');
  });

  it('ignores a relative XDG_CACHE_HOME, as the XDG rules say, and gives up without a home', () => {
    expect(codeCacheFolder({ XDG_CACHE_HOME: 'cache', HOME: '/home/a' })).toBe('/home/a/.cache/livedesk');
    expect(codeCacheFolder({ XDG_CACHE_HOME: 'cache' })).toBeNull();
    expect(codeCacheFolder({ HOME: '' })).toBeNull();
  });
});

describe('codeCacheFile', () => {
  it('names the build, the Node version, the architecture and the start path', () => {
    expect(path.basename(codeCacheFile('/c', KEY, 'v20.20.2', 'x64'))).toBe('cli-0123456789ab-node20.20.2-x64-dashboard.v8cache');
    expect(codeCacheFile('/c', KEY, 'v22.1.0', 'x64')).not.toBe(codeCacheFile('/c', KEY, 'v20.20.2', 'x64'));
    expect(codeCacheFile('/c', { ...KEY, build: 'fedcba987654' })).not.toBe(codeCacheFile('/c', KEY));
  });
});

describe('writeCodeCache and readCodeCache', () => {
  it('reads back exactly what was written, creating the folder', () => {
    const file = path.join(folder(), 'deeper', 'cli.v8cache');
    expect(writeCodeCache(file, payload)).toBeNull();
    const read = readCodeCache(file);
    expect(read.data).toEqual(payload);
    // Nothing but the cache is left behind.
    expect(readdirSync(path.dirname(file))).toEqual(['cli.v8cache']);
  });

  it('calls a missing file missing', () => {
    expect(readCodeCache(path.join(folder(), 'none.v8cache'))).toEqual({ data: null, why: 'missing' });
  });

  it('refuses a file with a flipped byte, a torn end, a foreign header, or nothing in it', () => {
    const dir = folder();
    const file = path.join(dir, 'cli.v8cache');
    writeCodeCache(file, payload);
    const good = readFileSync(file);
    const variants: Record<string, Buffer> = {
      flipped: Buffer.from(good).fill(good[3000]! ^ 0x40, 3000, 3001),
      torn: good.subarray(0, good.length - 100),
      foreign: Buffer.concat([Buffer.from('NOTOURS!'), good.subarray(8)]),
      'header only': good.subarray(0, 12),
      empty: Buffer.alloc(0),
    };
    for (const [name, bytes] of Object.entries(variants)) {
      writeFileSync(file, bytes);
      expect(readCodeCache(file), name).toEqual({ data: null, why: 'corrupt' });
    }
  });

  it('reads a folder where the file should be as no cache, and says why it cannot write there', () => {
    const dir = folder();
    const file = path.join(dir, 'cli.v8cache');
    mkdirSync(file);
    expect(readCodeCache(file).data).toBeNull();
    expect(writeCodeCache(file, payload)).toMatch(/EISDIR|EEXIST|ENOTEMPTY|EPERM|directory/i);
  });

  it('cannot write under a file, and leaves no temporary file', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'plain'), 'not a folder');
    const file = path.join(dir, 'plain', 'livedesk', 'cli.v8cache');
    expect(writeCodeCache(file, payload)).toMatch(/ENOTDIR|EEXIST/);
    expect(readdirSync(dir)).toEqual(['plain']);
  });
});

describe('removeStaleCaches', () => {
  it("removes this bundle's caches of other builds and Node versions, and nothing else", () => {
    const dir = folder();
    const keep = [
      path.basename(codeCacheFile(dir, KEY, 'v20.20.2', 'x64')),
      path.basename(codeCacheFile(dir, { ...KEY, startPath: 'headless' }, 'v20.20.2', 'x64')),
      'hello-0123456789ab-node18.0.0-x64-dashboard.v8cache',
      'notes.txt',
    ];
    const stale = [
      path.basename(codeCacheFile(dir, { ...KEY, build: 'aaaaaaaaaaaa' }, 'v20.20.2', 'x64')),
      path.basename(codeCacheFile(dir, KEY, 'v20.19.0', 'x64')),
    ];
    for (const name of [...keep, ...stale]) writeFileSync(path.join(dir, name), 'x');
    removeStaleCaches(dir, KEY, 'v20.20.2', 'x64');
    expect(readdirSync(dir).sort()).toEqual([...keep].sort());
  });
});
