import type { BuildOptions } from 'esbuild';

export declare const bundleOptions: BuildOptions;
/** Ink's output module, as an importer path: the one whose imports get the stand-ins. */
export declare const INK_OUTPUT: RegExp;
