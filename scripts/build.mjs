// Bundles the CLI, and the worker that reads big inputs off the main thread.
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import { bundleOptions } from './bundle-options.mjs';

// Chunk names change with their content: start clean so no stale chunk is shipped.
await rm('dist', { recursive: true, force: true });

const { metafile } = await build({
  ...bundleOptions,
  // The worker runs the pipeline's CPU-bound part (parse, reactions) for big local files and big fetched feeds.
  entryPoints: { cli: 'src/cli.tsx', 'ingest-worker': 'src/ingest/ingest-worker.ts' },
  outdir: 'dist',
  // Chunks let the rarely needed parts (rss-parser for XML feeds) load on first use.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});

// What went into the bundle and how each import resolved: tests/build/ checks from it that
// Ink's output module still gets the stand-ins in src/ui/ink-output/.
await writeFile('dist/meta.json', JSON.stringify(metafile));
