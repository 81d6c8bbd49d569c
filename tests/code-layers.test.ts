// The code's layers, held to what README's "How it is built" says: components draw
// state (no monitor, archive, pipeline or network behind them), the monitor knows
// nothing of the archive, and the domain, the pipeline and the state are plain
// TypeScript with no Ink or React.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.join(folder, name));
}

/** Every module a file imports, static or dynamic, as a path under src/ (or the package's name). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => (specifier.startsWith('.') ? path.normalize(path.join(path.dirname(file), specifier)) : specifier));
}

function offending(folder: string, forbidden: RegExp): string[] {
  return filesUnder(folder).flatMap((file) => importsOf(file).filter((target) => forbidden.test(target)).map((target) => `${file} → ${target}`));
}

describe('the layers of the code', () => {
  it('components import no monitor, archive, pipeline, network or source reading', () => {
    expect(offending('ui', /^(monitor|archive|ingest|net|sources|cli)\//)).toEqual([]);
  });

  it('the monitor imports nothing from the archive', () => {
    expect(offending('monitor', /^archive\//)).toEqual([]);
  });

  it('the domain, the pipeline and the state use no Ink or React, and the domain nothing above it', () => {
    for (const folder of ['desk', 'ingest', 'state']) expect(offending(folder, /^(ink|react)(\/|$)|^ui\//)).toEqual([]);
    expect(offending('desk', /^(state|ui|monitor|archive|ingest|cli)\//)).toEqual([]);
  });
});
