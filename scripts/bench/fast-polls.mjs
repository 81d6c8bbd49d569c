// Preloaded with `node --expose-gc --import` for the memory-growth run. The CLI polls
// at most once a second, so 1,000 real polls would take 17 minutes; this shortens only
// the timers that schedule a poll (1 s ± 10 % jitter with --interval 1s) to
// $LIVEDESK_BENCH_POLL_MS, and leaves every other timer (Ink's frame throttle, fetch
// deadlines) alone. On SIGUSR2 it runs a full GC and appends process.memoryUsage() as
// one JSON line to $LIVEDESK_BENCH_MEMORY, so the benchmark samples a settled heap.
import { appendFileSync } from 'node:fs';

const pollMs = Number(process.env.LIVEDESK_BENCH_POLL_MS ?? '40');
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = function benchSetTimeout(callback, ms, ...rest) {
  const shortened = typeof ms === 'number' && ms >= 900 && ms <= 1100 ? pollMs : ms;
  return realSetTimeout(callback, shortened, ...rest);
};

const memoryFile = process.env.LIVEDESK_BENCH_MEMORY;
if (memoryFile) {
  process.on('SIGUSR2', () => {
    globalThis.gc?.();
    appendFileSync(memoryFile, JSON.stringify(process.memoryUsage()) + '\n');
  });
}
