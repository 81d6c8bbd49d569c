// Where the time of a missed target went: its scenario again under `node --cpu-prof`,
// summarised by original function and module (profile-summary.ts).
import { mkdtempSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { APP, tmp } from './bench-context.js';
import { formatSummary, summariseProfile } from './profile-summary.js';

/** Now on the monotonic clock V8's profiler stamps samples with, in µs. */
export const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/**
 * Runs `scenario` with `--cpu-prof` added to node's flags and summarises the profile.
 * A scenario that returns a moment (monotonicUs()) is summarised from then on only,
 * so the key presses or the idle minute are not drowned by start-up.
 */
export async function profiled(title: string, scenario: (nodeArgs: string[]) => Promise<number | void>): Promise<string> {
  const dir = mkdtempSync(tmp('prof-'));
  const since = await scenario([`--cpu-prof`, `--cpu-prof-dir=${dir}`]);
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) return `${title}: no profile was written`;
  return formatSummary(title, summariseProfile(path.join(dir, file), APP, 5, since ?? 0));
}
