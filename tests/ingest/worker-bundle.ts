// A worker thread cannot run TypeScript, so the pipeline's worker is bundled once with
// esbuild, inside node_modules/.cache so that its packages resolve.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export async function bundleIngestWorker(): Promise<{ file: string; dir: string }> {
  const cache = resolve('node_modules', '.cache', 'livedesk-tests');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'ingest-worker-'));
  const file = join(dir, 'ingest-worker.mjs');
  await build({
    entryPoints: [resolve('src', 'ingest', 'ingest-worker.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return { file, dir };
}
