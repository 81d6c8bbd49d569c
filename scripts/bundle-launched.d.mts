import type { Metafile } from 'esbuild';

export interface LaunchedBundle {
  /** The entry point of the app. */
  entry: string;
  /** NAME.js is the launcher, NAME-app.js the app. */
  name: string;
  outdir: string;
  /** The checkout: the current folder unless given. */
  absWorkingDir?: string;
  define?: Record<string, string>;
}

export function bundleLaunched(options: LaunchedBundle): Promise<Metafile>;
