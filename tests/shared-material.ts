// Third-party material kept beside the checkout, never in it: the feed corpus and the
// seed live blog in ../shared. Suites over it run when it is there and are reported
// as skipped, with the reason in their name, when it is not. CI sets
// LIVEDESK_REQUIRE_SHARED=1, which turns a missing folder into a failing test.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_ROOT = path.resolve(REPO_ROOT, '..', 'shared');

export interface SharedMaterial {
  /** Absolute location. */
  path: string;
  /** How the output names it: relative to the checkout when it lies beside it. */
  shown: string;
  present: boolean;
}

function material(location: string): SharedMaterial {
  const relative = path.relative(REPO_ROOT, location);
  return { path: location, shown: relative.startsWith('..') ? relative.split(path.sep).join('/') : location, present: existsSync(location) };
}

/** The feed conformance corpus (LIVEDESK_CORPUS reads it from elsewhere). */
export const CORPUS = material(process.env['LIVEDESK_CORPUS'] ?? path.join(SHARED_ROOT, 'corpus'));
/** Real captured live-blog pages and labelled articles (corpus/realworld). */
export const REALWORLD = material(path.join(CORPUS.path, 'realworld'));
/** The live blog the project started from; feeds/kati-mutiny-live.txt retells it in our words. */
export const SEED = material(path.join(SHARED_ROOT, 'seeds', 'mali-kati-mutiny-live.txt'));

const sharedRequired = (): boolean => process.env['LIVEDESK_REQUIRE_SHARED'] === '1';

/**
 * `describe(title, body)` when `needs` is present. Otherwise the body is not even
 * collected (it may read the material as it declares its tests): a skipped test says
 * what was missing, or, when the run requires the material, a failing one does.
 */
export function describeWithShared(needs: SharedMaterial, title: string, body: () => void): void {
  if (needs.present) {
    describe(title, body);
  } else if (sharedRequired()) {
    describe(title, () => {
      it(`needs ${needs.shown}`, () => {
        throw new Error(`${needs.shown} not found at ${needs.path}, and LIVEDESK_REQUIRE_SHARED=1 requires every suite over it to run`);
      });
    });
  } else {
    describe(`${title} (skipped: ${needs.shown} not found)`, () => {
      it.skip('all its tests', () => {});
    });
  }
}
