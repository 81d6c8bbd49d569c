// Child processes cannot import TypeScript, so the archive module is bundled
// once with esbuild, inside node_modules/.cache so that better-sqlite3 resolves.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

export async function bundleArchive(): Promise<{ bundle: string; dir: string }> {
  const cache = resolve('node_modules', '.cache', 'livedesk-tests');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'archive-'));
  const bundle = join(dir, 'archive.mjs');
  await build({
    entryPoints: [resolve('src', 'archive', 'archive.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return { bundle, dir };
}
