// Times are shown on the reader's own clock; rows add the date only when the
// update is not from today, which keeps them short during a live event.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

function clock(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** For a timeline row: "16:40" today, "18 Aug 16:40" on any other day. */
export function formatRowTime(time: number | null, timeText: string | null, now: Date): string {
  if (time === null) return timeText ?? '--:--';
  const date = new Date(time);
  if (sameLocalDay(date, now)) return clock(date);
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${clock(date)}`;
}

/** For the detail view: "Tue 18 Aug 2020 16:40", plus the source's own words when they differ. */
export function formatFullTime(time: number | null, timeText: string | null): string {
  if (time === null) return timeText ?? 'time unknown';
  const date = new Date(time);
  const full = `${WEEKDAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()} ${clock(date)}`;
  return timeText !== null && timeText !== '' ? `${full} (${timeText})` : full;
}

/** "16:40:05": for fetch times, where seconds matter. */
export function formatClockSeconds(time: number): string {
  const date = new Date(time);
  return `${clock(date)}:${pad(date.getSeconds())}`;
}
