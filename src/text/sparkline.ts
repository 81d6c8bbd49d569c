// The tempo of the event: updates per ten minutes as a row of block characters,
// ending at the newest update so a replayed or archived event reads the same.

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
export const BUCKET_MS = 10 * 60_000;

export function activityCounts(times: readonly (number | null)[], buckets: number, bucketMs = BUCKET_MS): number[] {
  const counts = new Array<number>(buckets).fill(0);
  let newest = -Infinity;
  for (const time of times) if (time !== null && time > newest) newest = time;
  if (newest === -Infinity) return counts;
  const end = Math.floor(newest / bucketMs) * bucketMs + bucketMs;
  for (const time of times) {
    if (time === null) continue;
    const index = buckets - 1 - Math.floor((end - 1 - time) / bucketMs);
    if (index >= 0 && index < buckets) counts[index]!++;
  }
  return counts;
}

export function sparkline(counts: readonly number[]): string {
  const max = Math.max(0, ...counts);
  if (max === 0) return '';
  return counts.map((count) => (count === 0 ? ' ' : BLOCKS[Math.min(7, Math.ceil((count / max) * 8) - 1)])).join('');
}
