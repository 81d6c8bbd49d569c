// The start of every run (dist/cli.js): compiles the bundled app, one script beside this
// file, with V8's code cache from the last run of the same kind, then runs it. Node 20's
// module loader takes no code cache, a script does. Without a usable cache the app is
// compiled as before; the cache is written once the run has compiled what it needs
// (a few seconds in, or at exit), never in the way of the first frame.
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { codeCacheFile, codeCacheFolder, codeCacheSupported, readCodeCache, removeStaleCaches, writeCodeCache, type CacheKey } from './code-cache.js';
import { startPath } from './start-path.js';

// Set by the build (scripts/bundle-launched.mjs).
declare const LAUNCHED_NAME: string;
declare const LAUNCHED_APP: string;
declare const LAUNCHED_BUILD: string;

/** Long enough for a dashboard's first frames, short enough to come before most quits. */
const WRITE_AFTER_MS = 4000;

type App = (require: NodeJS.Require, filename: string, dirname: string, url: string) => Promise<void>;

const appFile = path.join(path.dirname(fileURLToPath(import.meta.url)), LAUNCHED_APP);
const source = readFileSync(appFile, 'utf8');

// LIVEDESK_DEBUG_CODE_CACHE=FILE: one line per read and per write, for tests and the benchmark.
const debugFile = process.env.LIVEDESK_DEBUG_CODE_CACHE;
const debug = (line: string) => {
  try {
    if (debugFile) appendFileSync(debugFile, `${line}\n`);
  } catch {
    // A debugging aid that cannot write is no reason to stop.
  }
};

const folder = process.env.LIVEDESK_CODE_CACHE === 'off' || !codeCacheSupported ? null : codeCacheFolder(process.env);
const key: CacheKey = {
  name: LAUNCHED_NAME,
  build: LAUNCHED_BUILD,
  startPath: startPath(process.argv.slice(2), process.stdin.isTTY === true && process.stdout.isTTY === true),
};
const file = folder === null ? null : codeCacheFile(folder, key);
const cached = file === null ? null : readCodeCache(file);

const script = new Script(source, { filename: appFile, cachedData: cached?.data ?? undefined });
if (cached === null) debug('read off');
else if (cached.data === null) debug(`read ${cached.why}`);
else debug(script.cachedDataRejected ? 'read rejected' : 'read hit');

if (file !== null && folder !== null && (cached?.data === null || script.cachedDataRejected === true)) {
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    let problem: string | null;
    try {
      problem = writeCodeCache(file, script.createCachedData());
      if (problem === null) removeStaleCaches(folder, key);
    } catch (error) {
      problem = String(error);
    }
    debug(problem === null ? 'write done' : `write failed: ${problem}`);
  };
  setTimeout(write, WRITE_AFTER_MS).unref();
  process.once('exit', write);
}

const app = script.runInThisContext() as App;
// An error thrown by the app's own start-up fails the run as it would in a module.
app(createRequire(appFile), appFile, path.dirname(appFile), pathToFileURL(appFile).href).catch((error: unknown) => {
  process.nextTick(() => {
    throw error;
  });
});
