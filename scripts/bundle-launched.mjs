// Bundles an app the way livedesk starts: the whole app as ONE script (NAME-app.js) that
// the launcher (NAME.js, from src/launch/launch.ts) compiles with V8's code cache. Node 20
// gives its ES module loader no code cache, but vm.Script takes one; so the bundle is an
// ES module turned inside out: Node's built-in modules and the native addon come from
// the launcher's require(), and the body, top-level awaits and all, is an async function.
// Used by the build for the CLI and by the benchmark for the bare Ink hello.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';
import { bundleOptions } from './bundle-options.mjs';

const BUILTIN = new Set(builtinModules);

/** Node's own modules and the native addon, loaded at run time by the launcher's require(). */
const runtimeRequire = {
  name: 'runtime-require',
  setup(setup) {
    setup.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, '');
      const atRunTime = args.path.startsWith('node:') || BUILTIN.has(bare) || bundleOptions.external.includes(args.path);
      return atRunTime ? { path: args.path, namespace: 'runtime-require' } : undefined;
    });
    // Not `require`: esbuild would bundle that call; the launcher passes this name in.
    setup.onLoad({ filter: /.*/, namespace: 'runtime-require' }, (args) => ({
      contents: `module.exports = __launcherRequire(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

// The wrapper's parameters are what a module's body could use of CommonJS and ESM; strict, as
// ES modules are. `fetch` stays hidden from yoga as in every bundle (bundle-options.mjs says why).
const OPEN = "(async function (__launcherRequire, __filename, __dirname, __appUrl) { 'use strict'; const require = __launcherRequire; const fetch = undefined;";
const CLOSE = '})';

/**
 * Writes OUTDIR/NAME-app.js (with its source map) and the launcher OUTDIR/NAME.js;
 * `absWorkingDir` is the checkout (the current folder unless given).
 * Returns the app build's metafile.
 */
export async function bundleLaunched({ entry, name, outdir, absWorkingDir = process.cwd(), define = {} }) {
  const app = `${name}-app`;
  const result = await build({
    ...bundleOptions,
    entryPoints: { [app]: entry },
    outdir,
    absWorkingDir,
    splitting: false,
    format: 'esm',
    banner: { js: OPEN },
    footer: { js: CLOSE },
    define: { ...bundleOptions.define, ...define, 'import.meta.url': '__appUrl' },
    plugins: [runtimeRequire, ...bundleOptions.plugins],
    metafile: true,
    write: false,
  });
  await mkdir(outdir, { recursive: true });
  let appText = '';
  for (const output of result.outputFiles) {
    if (output.path.endsWith('.js')) appText = output.text;
    await writeFile(output.path, output.contents);
  }
  // An import or export statement left in the bundle would only fail at the first run.
  new Script(appText, { filename: `${app}.js` });

  await build({
    entryPoints: { [name]: path.join(absWorkingDir, 'src', 'launch', 'launch.ts') },
    outdir,
    absWorkingDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: bundleOptions.target,
    minify: true,
    banner: { js: '#!/usr/bin/env node' },
    define: {
      LAUNCHED_NAME: JSON.stringify(name),
      LAUNCHED_APP: JSON.stringify(`${app}.js`),
      // A new bundle never reads the cache of an old one, even at the same version.
      LAUNCHED_BUILD: JSON.stringify(createHash('sha256').update(appText).digest('hex').slice(0, 12)),
    },
    logLevel: 'warning',
  });
  return result.metafile;
}
