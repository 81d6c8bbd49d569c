// Worker threads and child processes cannot run TypeScript, so a test bundles the
// module it starts once with esbuild, inside node_modules/.cache so that its
// packages (better-sqlite3, htmlparser2…) resolve as they do for the CLI.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** Bundles `entry` (a path under the repository) to `<name>.mjs` in a fresh folder; returns both. */
export async function bundleForTest(entry: string, name: string): Promise<{ file: string; dir: string }> {
  const cache = resolve('node_modules', '.cache', 'livedesk-tests');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, `${name}-`));
  const file = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [resolve(entry)],
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
