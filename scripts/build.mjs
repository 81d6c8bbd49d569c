// Bundles the CLI into one file: importing Ink unbundled costs ~0.5 s of start-up,
// and React's development build keeps growing memory in a long-running monitor.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

// Chunk names change with their content: start clean so no stale chunk is shipped.
await rm('dist', { recursive: true, force: true });

await build({
  // The worker reads and parses local sources off the main thread.
  entryPoints: { cli: 'src/cli.tsx', 'load-worker': 'src/sources/load-worker.ts' },
  outdir: 'dist',
  // Chunks let the rarely needed parts (rss-parser for XML feeds) load on first use.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink imports react-devtools-core only when DEV is set; never ship it.
  alias: { 'react-devtools-core': './scripts/empty-module.js' },
  // A native addon cannot be bundled: it is loaded from node_modules at run time.
  external: ['better-sqlite3'],
  banner: {
    // rss-parser and its dependencies are CommonJS and call require().
    // Ink's layout engine (yoga, as WebAssembly) checks for a global fetch when it loads, and in
    // Node the first look at fetch loads undici: about 30 ms of every start. Nothing here uses
    // fetch (HTTP is done by hand), so the bundle hides it and yoga compiles its inline copy.
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url); const fetch = undefined;",
  },
  logLevel: 'warning',
});
