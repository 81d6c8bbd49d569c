// The Markdown export: a shareable record of the event, readable as plain text
// and rendered on any forge. Feed text may contain Markdown or HTML of its own,
// so every piece of it is escaped; only http(s) links become links.
import type { Reaction, Update } from '../model.js';
import { groupReactionsByActor } from '../reactions/group-actors.js';
import type { Desk } from '../desk/desk.js';
import { sanitizeForTerminal } from '../text/sanitize-for-terminal.js';

export interface MarkdownOptions {
  /** Heading of the document; by default the source's title, or all of them. */
  title?: string;
}

/** Backslash-escapes every character CommonMark gives a meaning inline. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~&]/gu, '\\$&');
}

/** Text that starts a line must not read as a list item or a heading underline either. */
export function escapeParagraph(text: string): string {
  // A backslash escapes punctuation only, so "1." is broken up at its dot.
  return escapeMarkdown(text).replace(/^[-=]/u, '\\$&').replace(/^(\d+)\./u, '$1\\.');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** UTC, spelled out: a shared record is read in other time zones. */
export function recordTime(time: number | null, timeText: string | null): string {
  if (time === null) return timeText !== null && timeText !== '' ? timeText : 'time unknown';
  const d = new Date(time);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

function linkMarkdown(link: string): string {
  return /^https?:\/\/[^\s<>]+$/iu.test(link) ? `<${link}>` : escapeMarkdown(link);
}

/**
 * The whole body, as the record is the event's: paragraphs stay paragraphs and lines
 * stay lines, each escaped so that none starts a list, a heading or a code block.
 */
export function bodyMarkdown(body: string): string {
  return body
    .split(/\n\s*\n/u)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeParagraph(line.trim()))
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function timelineEntry(update: Update, desk: Desk): string {
  const lines = [`### ${escapeMarkdown(recordTime(update.time, update.timeText))} · ${escapeMarkdown(update.title || 'Untitled')}`, ''];
  const tags: string[] = [];
  if (desk.sources.length > 1) {
    const source = desk.sources.find((s) => s.id === update.sourceId);
    tags.push(escapeMarkdown(source?.title ?? update.sourceId));
  }
  if (update.author !== null) tags.push(`by ${escapeMarkdown(update.author)}`);
  if (tags.length > 0) lines.push(`*${tags.join(' · ')}*`, '');
  const text = bodyMarkdown(update.body);
  if (text !== '') lines.push(text, '');
  if (update.link !== null) lines.push(linkMarkdown(update.link), '');
  return lines.join('\n');
}

function reactionLine(reaction: Reaction, titles: ReadonlyMap<string, string>): string {
  const when = escapeMarkdown(recordTime(reaction.time, null));
  const verb = reaction.stance !== null ? `${escapeMarkdown(reaction.stance)}: ` : '';
  const title = titles.get(reaction.updateKey);
  const where = title !== undefined && title !== '' ? ` (in “${escapeMarkdown(title)}”)` : '';
  return `- ${when} · ${verb}“${escapeMarkdown(reaction.text.replace(/\s+/gu, ' ').trim())}”${where}`;
}

function reactionsSection(desk: Desk): string {
  if (desk.reactions.length === 0) return '_No reactions recorded._\n';
  const titles = new Map(desk.updates.map((u) => [u.key, u.title]));
  return groupReactionsByActor(desk.reactions)
    .map((group) => {
      const name = group.actor === '' ? 'Unattributed' : escapeMarkdown(group.actor);
      const role = group.role !== null ? ` — ${escapeMarkdown(group.role)}` : '';
      const aka = group.aliases.length > 0 ? `\n\n*Also named: ${group.aliases.map(escapeMarkdown).join(', ')}*` : '';
      return `### ${name}${role}${aka}\n\n${group.reactions.map((r) => reactionLine(r, titles)).join('\n')}\n`;
    })
    .join('\n');
}

function documentTitle(desk: Desk): string {
  if (desk.sources.length === 0) return 'livedesk record';
  return desk.sources.map((s) => s.title).join(' · ');
}

export function toMarkdown(desk: Desk, options: MarkdownOptions = {}): string {
  // A loop, not Math.min(...times): a long archive would overflow the argument list.
  let first = Infinity;
  let last = -Infinity;
  for (const u of desk.updates) {
    if (u.time === null) continue;
    first = Math.min(first, u.time);
    last = Math.max(last, u.time);
  }
  const span = last >= first ? `, ${recordTime(first, null)} to ${recordTime(last, null)}` : '';
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    `# ${escapeMarkdown(options.title ?? documentTitle(desk))}`,
    '',
    `*${count(desk.updates.length, 'update')} and ${count(desk.reactions.length, 'reaction')} from ${count(desk.sources.length, 'source')}${span}, newest first.*`,
    '',
    '## Timeline',
    '',
    desk.updates.length === 0 ? '_No updates recorded._\n' : desk.updates.map((u) => timelineEntry(u, desk)).join('\n'),
    '## Reactions',
    '',
    reactionsSection(desk),
  ];
  // A record is read in terminals too: whatever an older archive holds, no control survives.
  return sanitizeForTerminal(parts.join('\n'));
}
