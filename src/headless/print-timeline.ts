// Plain-text timeline for pipes and scripts: one line per update, newest first.
import type { Desk } from '../desk/desk.js';
import { sanitizeForTerminal } from '../text/sanitize-for-terminal.js';
import { updateHeading } from '../text/update-heading.js';

export function printableTime(time: number | null, timeText: string | null): string {
  if (time === null) return (timeText ?? '-').padEnd(16);
  return new Date(time).toISOString().slice(0, 16).replace('T', ' ') + 'Z';
}

export function printTimeline(desk: Desk): string {
  const several = desk.sources.length > 1;
  const tags = new Map(desk.sources.map((source) => [source.id, source.tag]));
  const lines: string[] = [];
  for (const source of desk.sources) {
    if (source.error !== null) continue;
    lines.push(`# ${source.title}`);
    if (source.summary !== null) lines.push(...source.summary.split('\n').map((line) => (line === '' ? '' : `  ${line}`)));
  }
  if (lines.length > 0) lines.push('');
  for (const update of desk.updates) {
    const tag = several ? `[${tags.get(update.sourceId) ?? '?'}] ` : '';
    const heading = updateHeading(update);
    lines.push(`${printableTime(update.time, update.timeText)}  ${tag}${heading.length > 100 ? `${heading.slice(0, 99)}…` : heading}`);
  }
  // Titles and tags were sanitised at load; archived ones may come from an older build.
  return sanitizeForTerminal(lines.join('\n')) + '\n';
}
