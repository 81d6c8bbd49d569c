// Where a bundled worker script is. The workers are entry points of the build, beside
// the CLI in dist/, while the code that starts them may have been split into
// dist/chunks/. Run from source (the tests) there is no bundled worker: null, and the
// caller does the work on the main thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function bundledWorker(name: string, from: string): string | null {
  for (const candidate of [`./${name}`, `../${name}`]) {
    const file = fileURLToPath(new URL(candidate, from));
    if (existsSync(file)) return file;
  }
  return null;
}
