// How livedesk is bundled, shared by the build and by the benchmark's bare Ink hello,
// so the two start-ups compare like with like.
import path from 'node:path';

// Ink's output module measures and tokenises every line of every frame, and its text
// layout measures every text node's widest line; these stand-ins remember the results
// across frames (src/ui/ink-output/string-width.ts says why).
export const INK_OUTPUT = /[\\/]node_modules[\\/]ink[\\/]build[\\/]output\.js$/;
const INK_LAYOUT = /[\\/]node_modules[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/;
const REMEMBERED = {
  'string-width': 'src/ui/ink-output/string-width.ts',
  'slice-ansi': 'src/ui/ink-output/slice-ansi.ts',
  '@alcalzone/ansi-tokenize': 'src/ui/ink-output/ansi-tokenize.ts',
};
const inkOutputCaches = {
  name: 'ink-output-caches',
  setup(build) {
    const root = build.initialOptions.absWorkingDir ?? process.cwd();
    build.onResolve({ filter: /^(?:string-width|slice-ansi|@alcalzone\/ansi-tokenize)$/ }, (args) =>
      INK_OUTPUT.test(args.importer) ? { path: path.join(root, REMEMBERED[args.path]) } : undefined,
    );
    build.onResolve({ filter: /^widest-line$/ }, (args) =>
      INK_LAYOUT.test(args.importer) ? { path: path.join(root, 'src/ui/ink-output/widest-line.ts') } : undefined,
    );
  },
};

/** esbuild options for every livedesk bundle (entry points and output are the caller's). */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  jsx: 'automatic',
  // Importing Ink unbundled costs ~0.5 s of start-up, and React's development build keeps
  // growing memory in a long-running monitor.
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
  plugins: [inkOutputCaches],
  logLevel: 'warning',
};
