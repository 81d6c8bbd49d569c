// The baseline of every start-up figure: the bare Ink hello (hello.tsx), bundled and
// started exactly as the CLI is (a launcher and its code cache, scripts/bundle-launched.mjs),
// and, for comparison, as one ES module, the way the CLI was bundled before.
import { build } from 'esbuild';
import path from 'node:path';
import { hasText } from '../../tests/e2e/pty-session.js';
import { bundleOptions } from '../bundle-options.mjs';
import { bundleLaunched } from '../bundle-launched.mjs';
import { BENCH_DIR, REPO, runPty, tmp, type PtyExtra } from './bench-context.js';
import { firstFrame, type FirstFrame } from './first-frame.js';

export interface Hello {
  script: string;
  /** Spawn to the first text on screen. It quits with q, so its code cache is written at exit. */
  firstFrame(extra?: PtyExtra): Promise<FirstFrame>;
}

function hello(script: string): Hello {
  return {
    script,
    firstFrame(extra = {}) {
      const session = runPty(script, [], extra);
      return firstFrame(
        session,
        () => hasText(session),
        async (s) => {
          s.write('q');
          await s.waitForExit(5_000).catch(() => undefined);
          await s.stop();
        },
      );
    },
  };
}

let bundled: Promise<{ launched: Hello; module: Hello }> | null = null;

/** Both bundles of the hello, built once per run. */
export function bundledHellos(): Promise<{ launched: Hello; module: Hello }> {
  bundled ??= (async () => {
    const entry = path.join(BENCH_DIR, 'hello.tsx');
    await bundleLaunched({ entry, name: 'hello', outdir: tmp('hello'), absWorkingDir: REPO });
    const module = tmp('hello-module/hello.js');
    await build({ ...bundleOptions, entryPoints: [entry], outfile: module, absWorkingDir: REPO });
    return { launched: hello(tmp('hello/hello.js')), module: hello(module) };
  })();
  return bundled;
}
