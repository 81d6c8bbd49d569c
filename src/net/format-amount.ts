// Durations and sizes in the words a status line uses ("15 s", "2 min", "20 MB").
// Rounded on purpose: a reader wants the order of magnitude, not the millisecond.

/** "300 ms", "15 s", "2 min", "1 h 30 min". */
export function formatDuration(ms: number): string {
  const safe = Math.max(0, ms);
  if (safe < 1000) return `${Math.round(safe)} ms`;
  const seconds = Math.round(safe / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const KB = 1024;
const MB = 1024 * KB;

function trimmed(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** "512 bytes", "10 KB", "20 MB" (binary multiples, as the size cap is given). */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${trimmed(bytes / MB)} MB`;
  if (bytes >= KB) return `${trimmed(bytes / KB)} KB`;
  return `${bytes} bytes`;
}
