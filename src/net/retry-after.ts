// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). A date is
// measured against the server's own Date header when there is one, so a skewed local
// clock does not turn "wait 10 minutes" into "wait 3 hours" or "retry now".

/** Milliseconds to wait, or null when the header is missing or unreadable. */
export function parseRetryAfter(
  value: string | undefined | null,
  serverDate: string | undefined | null,
  now: number,
): number | null {
  if (value === undefined || value === null) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Date.parse reads "-5" as the year 5 BC: only accept something with a month name.
  if (!/[A-Za-z]{3}/.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  const serverNow = serverDate ? Date.parse(serverDate) : Number.NaN;
  const reference = Number.isNaN(serverNow) ? now : serverNow;
  return Math.max(0, at - reference);
}
