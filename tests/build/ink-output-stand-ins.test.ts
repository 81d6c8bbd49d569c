// The build points the imports of Ink's output module at the stand-ins in
// src/ui/ink-output/ (scripts/bundle-options.mjs). Nothing else would notice if that
// stopped (frames would only get slower), or if a new Ink changed what its output module
// imports or does with what it gets: these tests read the build's own record of how each
// import resolved, and draw real frames through the bundled renderer with the stand-ins'
// values frozen, against the same frames drawn with the libraries themselves.
import { build, type Metafile } from 'esbuild';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleOptions, INK_OUTPUT } from '../../scripts/bundle-options.mjs';
import { REPO_ROOT } from '../e2e/pty-terminal.js';

/** The Ink whose output module the stand-ins were checked against, line by line. */
const INK_CHECKED = '6.8.0';
const INK_OUTPUT_MODULE = 'node_modules/ink/build/output.js';
const STAND_INS: Record<string, string> = {
  'string-width': 'src/ui/ink-output/string-width.ts',
  'slice-ansi': 'src/ui/ink-output/slice-ansi.ts',
  '@alcalzone/ansi-tokenize': 'src/ui/ink-output/ansi-tokenize.ts',
};
const UPGRADE = `read ${INK_OUTPUT_MODULE} and src/ui/ink-output/ again before changing this`;

function readMetafile(): Metafile {
  const file = path.join(REPO_ROOT, 'dist', 'meta.json');
  if (!existsSync(file)) throw new Error(`no ${file}: run "npm run build" (npm test does it first)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Metafile;
}

/** Ink's output module as the metafile names it (relative to the checkout, node_modules wherever it really is). */
function inkOutputInput(metafile: Metafile): string {
  const found = Object.keys(metafile.inputs).filter((input) => input.endsWith(INK_OUTPUT_MODULE));
  expect(found, `${INK_OUTPUT_MODULE} is no longer in the bundle (or is there twice): ${UPGRADE}`).toHaveLength(1);
  return found[0]!;
}

function importsOf(metafile: Metafile): Record<string, string> {
  return Object.fromEntries(metafile.inputs[inkOutputInput(metafile)]!.imports.map((entry) => [entry.original, entry.path]));
}

/** Ink's text layout measures every text node's widest line in every frame, uncached. */
const INK_LAYOUT_MODULE = 'node_modules/ink/build/render-node-to-output.js';

describe('the build of the CLI', () => {
  it("resolves every import of Ink's output module to its stand-in", () => {
    // Exactly these three: an import Ink adds would bypass the stand-ins' sharing unseen.
    expect(importsOf(readMetafile()), UPGRADE).toEqual(STAND_INS);
  });

  it("resolves the widest-line import of Ink's text layout to its stand-in, and only that one", () => {
    const metafile = readMetafile();
    const found = Object.keys(metafile.inputs).filter((input) => input.endsWith(INK_LAYOUT_MODULE));
    expect(found, `${INK_LAYOUT_MODULE} is no longer in the bundle: ${UPGRADE}`).toHaveLength(1);
    const imports: Record<string, string> = Object.fromEntries(metafile.inputs[found[0]!]!.imports.map((entry) => [entry.original ?? entry.path, entry.path]));
    expect(imports['widest-line'], UPGRADE).toBe('src/ui/ink-output/widest-line.ts');
    // Everything else it imports is Ink's own or the library itself.
    expect(Object.entries(imports).filter(([name, resolved]) => name !== 'widest-line' && resolved.startsWith('src/'))).toEqual([]);
  });

  it(`bundles Ink ${INK_CHECKED}, one copy of it`, () => {
    const metafile = readMetafile();
    const inkRoot = inkOutputInput(metafile).slice(0, -'build/output.js'.length);
    const inkFiles = Object.keys(metafile.inputs).filter((input) => /(^|\/)node_modules\/ink\//.test(input));
    expect(inkFiles.length).toBeGreaterThan(10);
    expect(inkFiles.filter((input) => !input.startsWith(inkRoot)), 'a second copy of Ink').toEqual([]);
    // The package.json of the very copy that was bundled.
    const { version } = JSON.parse(readFileSync(path.resolve(REPO_ROOT, inkRoot, 'package.json'), 'utf8')) as { version: string };
    expect(version, `Ink changed from ${INK_CHECKED}: ${UPGRADE}`).toBe(INK_CHECKED);
  });
});

describe("the bundled renderer with the stand-ins' values frozen", () => {
  const ENTRY = path.join(REPO_ROOT, 'tests', 'build', 'render-frames.tsx');
  const FROZEN = path.join(REPO_ROOT, 'tests', 'build', 'frozen-ansi-tokenize.ts');
  let dir = '';

  // Inside the checkout, so the bundle finds the one native module it leaves out.
  beforeAll(async () => {
    await mkdir(path.join(REPO_ROOT, 'node_modules', '.cache'), { recursive: true });
    dir = await mkdtemp(path.join(REPO_ROOT, 'node_modules', '.cache', 'livedesk-frames-'));
  });
  afterAll(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  /** Bundles the frame renderer; `standIns` false leaves Ink with the libraries themselves. */
  async function bundle(name: string, standIns: boolean): Promise<{ file: string; metafile: Metafile }> {
    const frozen = {
      name: 'frozen-stand-in',
      setup(esbuild: { onResolve: (options: { filter: RegExp }, callback: (args: { importer: string }) => { path: string } | undefined) => void }) {
        esbuild.onResolve({ filter: /^@alcalzone\/ansi-tokenize$/ }, (args) => (INK_OUTPUT.test(args.importer) ? { path: FROZEN } : undefined));
      },
    };
    const file = path.join(dir, `${name}.mjs`);
    const { metafile } = await build({
      ...bundleOptions,
      entryPoints: [ENTRY],
      outfile: file,
      absWorkingDir: REPO_ROOT,
      metafile: true,
      // First in line, the frozen tokeniser wins over the build's plain stand-in.
      plugins: standIns ? [frozen, ...(bundleOptions.plugins ?? [])] : [],
    });
    return { file, metafile };
  }

  /** The frames a bundle draws, in colour so that the tokeniser sees styles. */
  async function framesOf(file: string): Promise<string[]> {
    try {
      const env = { ...process.env, FORCE_COLOR: '3' };
      const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: REPO_ROOT, env, maxBuffer: 64 * 1024 * 1024 });
      return JSON.parse(stdout) as string[];
    } catch (error) {
      // The stack of a minified bundle quotes whole lines of it: keep the message.
      const stderr = String((error as { stderr?: string }).stderr ?? error);
      throw new Error(`${path.basename(file)} failed: ${stderr.split('\n').filter((line) => /Error/.test(line) && line.length < 400).join('\n')}`);
    }
  }

  it('draws real frames exactly as Ink does with the libraries, writing to none of the shared values', async () => {
    const [withStandIns, withLibraries] = await Promise.all([bundle('stand-ins', true), bundle('libraries', false)]);
    // The control: each bundle is what it claims to be.
    expect(importsOf(withStandIns.metafile)).toEqual({ ...STAND_INS, '@alcalzone/ansi-tokenize': path.relative(REPO_ROOT, FROZEN) });
    expect(Object.values(importsOf(withLibraries.metafile)).every((resolved) => resolved.includes('node_modules/'))).toBe(true);

    const [frames, expected] = await Promise.all([framesOf(withStandIns.file), framesOf(withLibraries.file)]);
    // A write to a frozen value would have thrown inside Ink and ended the run without frames.
    expect(frames.length).toBeGreaterThan(15);
    expect(frames.join('\n')).toContain('Keita steps down in late-night address');
    expect(frames.join('\n')).toContain('Crème brûlée');
    expect(frames.join('\n')).toContain('⛰');
    expect(frames.join('\n')).toContain('\x1b[36m'); // in colour: styled characters were tokenised
    expect(frames).toEqual(expected);
  }, 60_000);
});
