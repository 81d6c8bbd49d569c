// A real archive on disk holding the export sample desk, plus fetch history:
// the blog fetched fine, the wire failing, a third source never fetched.
import { join } from 'node:path';
import type { Desk } from '../../src/desk/desk.js';
import { runSubcommand } from '../../src/cli/run-subcommand.js';
import { makeSource, START } from '../fixtures/make-updates.js';
import { mustOpen } from '../archive/temp-archive.js';
import { sampleDesk } from '../fixtures/sample-desk.js';

/** When the sample's updates were first seen: the undated one is placed by this. */
export const SEEN_AT = START + 60_000;
export const WIRE = 'https://example.com/wire.rss';

export function seedArchive(path: string): Desk {
  const desk = sampleDesk();
  const archive = mustOpen(path);
  try {
    for (const source of desk.sources) {
      archive.upsertSource(source, START);
      const updates = desk.updates.filter((u) => u.sourceId === source.id);
      const keys = new Set(updates.map((u) => u.key));
      archive.saveUpdates(source.id, updates, desk.reactions.filter((r) => keys.has(r.updateKey)), SEEN_AT);
    }
    archive.upsertSource({ ...makeSource('quiet', 'Quiet \u001b]0;pwned\u0007feed'), location: 'quiet.txt' }, START);
    archive.recordFetch('blog', { at: SEEN_AT, status: null, validators: null, error: null });
    archive.recordFetch('wire', { at: SEEN_AT + 1000, status: 503, validators: null, error: 'the server is busy (HTTP 503)' });
    archive.markRead([desk.updates[0]!.key], true, SEEN_AT);
  } finally {
    archive.close();
  }
  return desk;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a subcommand in-process with a pinned clock and only the environment given. */
export async function run(argv: string[], env: NodeJS.ProcessEnv = {}, now = START): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSubcommand(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env,
    now: () => now,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

export function archiveIn(dir: string): string {
  return join(dir, 'archive.db');
}
