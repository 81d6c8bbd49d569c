// Bundles the CLI (a launcher and the app as one script, scripts/bundle-launched.mjs
// says why), and the worker that reads big inputs off the main thread.
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import { bundleOptions } from './bundle-options.mjs';
import { bundleLaunched } from './bundle-launched.mjs';

// Start clean so no file of an older build is shipped.
await rm('dist', { recursive: true, force: true });

const app = await bundleLaunched({ entry: 'src/cli.tsx', name: 'cli', outdir: 'dist' });

// The worker runs the pipeline's CPU-bound part (parse, reactions) for big local files and
// big fetched feeds. It is one ES module of its own: it starts after the first frame, off its path.
const workers = await build({
  ...bundleOptions,
  entryPoints: { 'ingest-worker': 'src/ingest/ingest-worker.ts' },
  outdir: 'dist',
  metafile: true,
});

// What went into the bundles and how each import resolved: tests/build/ checks from it that
// Ink's output module still gets the stand-ins in src/ui/ink-output/.
const metafile = { inputs: { ...workers.metafile.inputs, ...app.inputs }, outputs: { ...workers.metafile.outputs, ...app.outputs } };
await writeFile('dist/meta.json', JSON.stringify(metafile));
