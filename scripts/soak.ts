// Days in minutes: simulates hours of polling on a fake clock and prints heap and
// open handles per simulated hour, with their least-squares slopes.
//
//   node --expose-gc scripts/run-ts.mjs scripts/soak.ts [--hours 72] [--sources 100]
//        [--interval 1] (minutes) [--keep 200/5000] (smaller limits than the dashboard's: per source/total)
//        [--budget 10] (real minutes before it stops and says so) [--sample 60] (simulated minutes)
//
// --expose-gc goes to node itself (run-ts.mjs imports the bundle into its own process);
// without it the soak switches gc on through v8.setFlagsFromString.
import { parseArgs } from 'node:util';
import { MEMORY_POLICY } from '../src/desk/memory-policy.js';
import { runSoak, type SoakSample } from './soak/run-soak.js';
import { slope } from './soak/slope.js';

const { values } = parseArgs({
  options: {
    hours: { type: 'string', default: '72' },
    sources: { type: 'string', default: '100' },
    interval: { type: 'string', default: '1' },
    keep: { type: 'string' },
    budget: { type: 'string', default: '10' },
    sample: { type: 'string', default: '60' },
  },
});

const hours = Number(values.hours);
const sources = Number(values.sources);
const intervalMinutes = Number(values.interval);
const budgetMinutes = Number(values.budget);
const sampleMinutes = Number(values.sample);
const keep = values.keep === undefined ? null : /^(\d+)\/(\d+)$/.exec(values.keep);
if (![hours, sources, intervalMinutes, budgetMinutes, sampleMinutes].every((n) => Number.isFinite(n) && n > 0) || keep === undefined || (values.keep !== undefined && keep === null)) {
  process.stderr.write('usage: soak.ts [--hours H] [--sources N] [--interval MINUTES] [--keep PER_SOURCE/TOTAL] [--budget MINUTES] [--sample MINUTES]\n');
  process.exit(2);
}
const policy = keep === null ? MEMORY_POLICY : { perSource: Number(keep[1]), total: Number(keep[2]) };

const out = (line: string) => process.stdout.write(line + '\n');
const pad = (value: string | number, width: number) => String(value).padStart(width);
const handleSummary = (types: Record<string, number>) =>
  Object.entries(types)
    .map(([type, count]) => `${type}:${count}`)
    .join(' ');

out(`soak: ${hours} h simulated, ${sources} sources polled every ${intervalMinutes} min, a new item on every poll`);
out(`memory policy: keep ${policy.perSource} per source, ${policy.total} in all${policy === MEMORY_POLICY ? " (the dashboard's)" : ''}`);
out('');
out(`${pad('hour', 5)} ${pad('heap MB', 8)} ${pad('handles', 7)} ${pad('polls', 8)} ${pad('updates', 8)} ${pad('reactions', 9)} ${pad('NEW', 7)} ${pad('wall s', 7)}  handle types`);

const result = await runSoak({
  hours,
  sources,
  intervalMs: intervalMinutes * 60_000,
  policy,
  wallBudgetMs: budgetMinutes * 60_000,
  sampleEveryMs: sampleMinutes * 60_000,
  onSample(s: SoakSample) {
    out(
      `${pad(Number(s.hour.toFixed(2)), 5)} ${pad(s.heapMB.toFixed(1), 8)} ${pad(s.handles, 7)} ${pad(s.polls, 8)} ${pad(s.updates, 8)} ${pad(s.reactions, 9)} ${pad(s.newKeys, 7)} ${pad(s.wallSeconds.toFixed(1), 7)}  ${handleSummary(s.handleTypes)}`,
    );
  },
});

const last = result.samples.at(-1)!;
if (!result.gcAvailable) out('NOTE: no gc() available: heap figures include uncollected garbage');
// Over the last 48 simulated hours: the first day includes warm-up (JIT, caches filling).
const window = result.samples.filter((s) => s.hour > 0 && s.hour >= last.hour - 48);
out('');
if (!result.completed) out(`STOPPED EARLY: the ${budgetMinutes}-minute budget ran out at simulated hour ${last.hour} of ${hours}.`);
out(`slopes over hours ${Number((window[0]?.hour ?? 0).toFixed(2))}–${last.hour} (least squares):`);
out(`  heap      ${slope(window.map((s) => [s.hour, s.heapMB])).toFixed(3)} MB/hour`);
out(`  handles   ${slope(window.map((s) => [s.hour, s.handles])).toFixed(3)} per hour`);
out(`  updates   ${slope(window.map((s) => [s.hour, s.updates])).toFixed(1)} per hour kept in memory`);
out(`  wall time ${slope(window.map((s) => [s.hour, s.wallSeconds])).toFixed(3)} s per simulated hour, per hour`);
out(`after stop: ${result.timersAtEnd} fake timers pending, ${result.pollsInFlightAtEnd} polls in flight`);
