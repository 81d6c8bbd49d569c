// Makes the archive's folder one level at a time. Node's recursive mkdir loops
// for ever where mkdir answers ENOENT although the parent exists (under /proc),
// so each missing level is made once, and the first refusal is the answer.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Throws the system's error (ENOENT, EACCES, ENOTDIR …) for the first level it cannot make. */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let current = resolve(folder); !exists(current); current = dirname(current)) {
    missing.push(current);
    if (dirname(current) === current) break;
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      // Another process may have made it meanwhile: that is what was wanted.
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    }
  }
}
