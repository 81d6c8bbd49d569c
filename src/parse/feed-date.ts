// Feed dates → instants. Date.parse reads RFC 822 and ISO 8601 but takes a date with
// no zone as the reader's local time; feeds mean UTC there, and tests must not
// depend on the machine's time zone.

const ISO_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;
const ZONE_AT_END = /(?:\dZ|\sZ|[+-]\d{2}:?\d{2}|\b(?:UT|UTC|GMT|[ECMP][SD]T)(?:[+-]\d{1,4})?|\([^)]*\))\s*$/i;
const DATE_ONLY_ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Milliseconds since the epoch, or null when the text is not a date we can pin down. */
export function parseFeedDate(text: string | null | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return null;
  let ms: number;
  if (ISO_WITHOUT_ZONE.test(trimmed)) ms = Date.parse(`${trimmed.replace(' ', 'T').replace(',', '.')}Z`);
  else if (DATE_ONLY_ISO.test(trimmed) || ZONE_AT_END.test(trimmed)) ms = Date.parse(trimmed);
  else ms = Date.parse(`${trimmed} UTC`); // no zone written: read it as UTC, never as local time
  return Number.isNaN(ms) ? null : ms;
}
