// What `livedesk search` prints: two lines a hit for a person, or one JSON
// document for a script, with the same ids as --json. Pure over the hits.
import type { SearchHit, SnippetPart } from '../archive/archive-search.js';
import { isoTime } from '../headless/desk-json.js';
import { printableTime } from '../headless/print-timeline.js';
import { publicReactionId, publicUpdateId } from '../headless/public-ids.js';
import { sanitizeLine, terminalSafeJson } from '../text/sanitize-for-terminal.js';

const BOLD = '\u001b[1m';
const NOT_BOLD = '\u001b[22m';

export interface SearchPage {
  query: string;
  hits: readonly SearchHit[];
  more: boolean;
  limit: number;
}

function snippetText(parts: readonly SnippetPart[], bold: boolean): string {
  return parts.map((part) => (bold && part.match ? `${BOLD}${part.text}${NOT_BOLD}` : part.text)).join('');
}

/** Time, source and title on one line; under it the words around the match, and who said them. */
export function searchText(page: SearchPage, archivePath: string, bold: boolean): string {
  if (page.hits.length === 0) return `Nothing in the archive at ${sanitizeLine(archivePath)} matches: ${sanitizeLine(page.query)}\n`;
  const lines: string[] = [];
  for (const hit of page.hits) {
    const time = printableTime(hit.time, hit.timeText);
    lines.push(`${time}  [${hit.sourceTag}] ${hit.title}`);
    const speaker = hit.reaction?.actor;
    const words = `${speaker === undefined || speaker === null ? '' : `${speaker}: `}${snippetText(hit.snippet, bold)}`;
    if (words !== '') lines.push(`${' '.repeat(time.length + 2)}${words}`);
  }
  if (page.more) lines.push('', `More updates match; --limit ${page.limit * 2} shows more.`);
  return `${lines.join('\n')}\n`;
}

export function searchJson(page: SearchPage): string {
  const results = page.hits.map((hit) => ({
    id: publicUpdateId(hit.updateKey),
    guid: hit.updateId,
    sourceId: hit.sourceId,
    source: hit.sourceTitle,
    time: isoTime(hit.time),
    timeText: hit.timeText,
    title: hit.title,
    link: hit.link,
    snippet: snippetText(hit.snippet, false),
    reaction: hit.reaction === null ? null : { id: publicReactionId({ id: hit.reaction.id, updateKey: hit.updateKey }), actor: hit.reaction.actor },
    score: Math.round(hit.score * 1000) / 1000,
  }));
  return `${terminalSafeJson({ query: page.query, more: page.more, results }, 2)}\n`;
}
