// Runs a TypeScript script (evaluation, benchmarks) without adding a runtime
// loader: esbuild bundles it to a temporary file that Node then imports.
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs SCRIPT.ts [ARGS…]\n');
  process.exit(2);
}
// Inside the repository, so the bundle's bare imports resolve to node_modules.
const cache = path.resolve('node_modules', '.cache', 'livedesk-scripts');
await mkdir(cache, { recursive: true });
const dir = await mkdtemp(path.join(cache, 'run-'));
const outfile = path.join(dir, 'script.mjs');
try {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    logLevel: 'warning',
  });
  process.argv = [process.argv[0], path.resolve(entry), ...args];
  await import(pathToFileURL(outfile).href);
} finally {
  await rm(dir, { recursive: true, force: true });
}
