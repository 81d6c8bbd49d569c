// Bundles the CLI into one file: importing Ink unbundled costs ~0.5 s of start-up,
// and React's development build keeps growing memory in a long-running monitor.
import { build } from 'esbuild';

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
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
