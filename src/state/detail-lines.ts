// The detail view as a list of pre-wrapped lines: the reducer needs the count to
// clamp scrolling, and the component only draws the visible slice.
import type { Reaction, Source, SourceStatus, Update } from '../model.js';
import { diffText } from '../text/diff-text.js';
import { formatClockSeconds, formatFullTime } from '../text/format-time.js';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { wrapText } from '../text/wrap-text.js';

export type DetailLineStyle = 'title' | 'meta' | 'body' | 'heading' | 'reaction' | 'highlight' | 'added' | 'removed';

export interface DetailLine {
  text: string;
  style: DetailLineStyle;
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The start of a quote, enough to find it again in the text it came from. */
function quoteNeedle(text: string): string | null {
  const needle = normaliseSpace(text).trim().slice(0, 40);
  return needle.length >= 3 ? needle : null;
}

export function describeReaction(reaction: Reaction): string {
  const who = reaction.actor ?? 'Unattributed';
  const role = reaction.role !== null ? ` (${reaction.role})` : '';
  const stance = reaction.stance !== null ? ` ${reaction.stance}` : '';
  const text = reaction.kind === 'quote' ? `“${reaction.text}”` : reaction.text;
  return `${who}${role}${stance}: ${text}`;
}

function lineWriter(lines: DetailLine[], width: number) {
  return (text: string, style: DetailLineStyle) => {
    for (const line of wrapText(text, width)) lines.push({ text: line, style });
  };
}

/** The page about the sources: each one's title, kind, location, summary or error. */
export function buildSourceLines(
  sources: readonly Source[],
  width: number,
  statuses: ReadonlyMap<string, SourceStatus> = new Map(),
): DetailLine[] {
  const lines: DetailLine[] = [];
  const add = lineWriter(lines, width);
  for (const source of sources) {
    if (lines.length > 0) lines.push({ text: '', style: 'body' });
    add(source.title, 'title');
    // The location is the path or URL as given, never sanitised at load (it is read from): here it is.
    add(`${source.kind ?? 'unreadable'} · ${sanitizeLine(source.location)}`, 'meta');
    if (source.error !== null) add(sanitizeLine(source.error), 'highlight');
    const status = statuses.get(source.id);
    if (status !== undefined) {
      // As of when the page was drawn: a poll that changes nothing redraws nothing.
      const last = `last success ${status.lastSuccessAt === null ? 'never' : formatClockSeconds(status.lastSuccessAt)}`;
      const next = status.nextPollAt === null ? '' : ` · next poll ${formatClockSeconds(status.nextPollAt)}`;
      if (status.state === 'ok' || status.state === 'not-modified') add(`Polling · ${last}${next}`, 'meta');
      else if (status.state === 'paused') add(`Paused (p resumes) · ${last}`, 'meta');
      else add(`${sanitizeLine(status.message ?? status.state)} · ${last}${next}`, 'highlight');
    }
    if (source.summary !== null) {
      lines.push({ text: '', style: 'body' });
      add(source.summary, 'body');
    }
  }
  return lines;
}

export function buildDetailLines(
  update: Update,
  reactions: readonly Reaction[],
  source: Source | undefined,
  width: number,
  highlightReactionId: string | null,
  earlier: Update | undefined = undefined,
  alsoReported: readonly Update[] = [],
  sources: readonly Source[] = [],
  links: readonly string[] = [],
): DetailLine[] {
  const lines: DetailLine[] = [];
  const add = lineWriter(lines, width);
  // A bullet's continuation lines hang under its text, not under the bullet.
  const addBullet = (text: string, style: DetailLineStyle) => {
    wrapText(text, Math.max(1, width - 2)).forEach((line, index) => {
      lines.push({ text: (index === 0 ? '• ' : '  ') + line, style });
    });
  };
  const highlighted = reactions.find((reaction) => reaction.id === highlightReactionId);
  const needle = highlighted === undefined ? null : quoteNeedle(highlighted.text);
  add(update.title || '(untitled)', needle !== null && update.title.includes(needle) ? 'highlight' : 'title');
  add(formatFullTime(update.time, update.timeText), 'meta');
  if (source !== undefined) add(`Source: ${source.title}`, 'meta');
  if (update.author !== null) add(`By ${update.author}`, 'meta');
  if (update.link !== null) add(update.link, 'meta');
  lines.push({ text: '', style: 'body' });
  // The paragraph that holds the chosen quote is highlighted, so the reader sees it in context.
  for (const [index, paragraph] of update.body.split(/\n{2,}/).entries()) {
    if (paragraph.trim() === '') continue;
    if (index > 0) lines.push({ text: '', style: 'body' });
    add(paragraph, needle !== null && normaliseSpace(paragraph).includes(needle) ? 'highlight' : 'body');
  }
  if (links.length > 0) {
    lines.push({ text: '', style: 'body' });
    add(`Links (${links.length}) — l to open or copy one`, 'heading');
    links.forEach((link, index) => add(`[${index + 1}] ${link}`, 'meta'));
  }
  if (earlier !== undefined) addChanges(lines, earlier, update, width);
  // The same development as other outlets told it: every version stays readable.
  for (const other of alsoReported) {
    const outlet = sources.find((candidate) => candidate.id === other.sourceId)?.title ?? other.sourceId;
    lines.push({ text: '', style: 'body' });
    add(`Also reported by ${outlet}, ${formatFullTime(other.time, other.timeText)}`, 'heading');
    add(other.title, 'title');
    if (other.body !== '') add(other.body, 'body');
    if (other.link !== null) add(other.link, 'meta');
  }
  if (reactions.length > 0) {
    lines.push({ text: '', style: 'body' });
    add(`Reactions (${reactions.length})`, 'heading');
    for (const reaction of reactions) {
      addBullet(describeReaction(reaction), reaction.id === highlightReactionId ? 'highlight' : 'reaction');
    }
  }
  return lines;
}

/** What an edit added and removed, sentence by sentence, against the version first seen. */
function addChanges(lines: DetailLine[], earlier: Update, update: Update, width: number): void {
  const add = lineWriter(lines, width);
  lines.push({ text: '', style: 'body' });
  add('Edited — changes since first seen', 'heading');
  if (earlier.title !== update.title) {
    add(`- title: ${earlier.title}`, 'removed');
    add(`+ title: ${update.title}`, 'added');
  }
  for (const part of diffText(earlier.body, update.body)) {
    if (part.kind !== 'same') add(`${part.kind === 'added' ? '+' : '-'} ${part.text}`, part.kind);
  }
}

/** Index of the first line of the highlighted reaction, or 0. */
export function highlightLineIndex(lines: readonly DetailLine[]): number {
  const index = lines.findIndex((line) => line.style === 'highlight');
  return index === -1 ? 0 : index;
}
