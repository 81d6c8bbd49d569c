// The search's results as the screen shows them: rows like the timeline's (time, source
// tag, unread mark, title) with the words around the match after the title, and a title
// line that is the prompt while the reader types.
import { formatRowTime } from '../text/format-time.js';
import type { AppState } from './app-state.js';
import { searchKeys } from './desk-search.js';
import { EMPTY_CURSOR, listWindow } from './list-cursor.js';
import { fullBodyRows, sourceIndexes, sourceTags, today } from './selectors.js';
import type { TimelineRow } from './timeline-rows.js';

export interface SearchView {
  /** The prompt, or what the results are for. */
  title: string;
  /** Whether the reader is typing the prompt: it shows a cursor. */
  editing: boolean;
  rows: TimelineRow[];
  timeWidth: number;
  /** In place of rows: before a search, nothing found, or why the archive could not answer. */
  message: string | null;
}

const HOW_TO = 'Every update and reaction ever archived, of every source: "a phrase", word*, -word, a OR b; Enter searches.';

export function searchView(state: AppState): SearchView {
  const search = state.search!;
  const { answer, editing } = search;
  const title = editing ? `Find: ${search.text}` : `Find: ${search.query ?? ''}`;
  if (answer === null) return { title, editing, rows: [], timeWidth: 5, message: HOW_TO };
  if (!answer.ok) return { title, editing, rows: [], timeWidth: 5, message: answer.message };
  const keys = searchKeys(state);
  const window = listWindow(keys, search.cursor ?? EMPTY_CURSOR, fullBodyRows(state));
  const visible = answer.found.slice(window.start, window.end);
  const day = today(state);
  const times = visible.map(({ update }) => formatRowTime(update.time, update.timeText, day));
  const timeWidth = times.reduce((widest, time) => Math.max(widest, time.length), 5);
  const indexOf = sourceIndexes(state);
  const tagOf = sourceTags(state);
  const rows = visible.map(({ hit, update }, offset): TimelineRow => {
    const words = hit.snippet.map((part) => part.text).join('');
    const who = hit.reaction === null ? '' : `${hit.reaction.actor ?? 'Unattributed'}: `;
    return {
      key: update.key,
      time: times[offset]!.padEnd(timeWidth),
      // A source followed now has the tag the timeline shows; another is named as the archive knows it.
      tag: tagOf.get(update.sourceId) ?? hit.sourceTag,
      sourceIndex: indexOf.get(update.sourceId) ?? 0,
      badge: null,
      alerted: false,
      unread: !state.readKeys.has(update.key),
      otherSources: 0,
      heading: `${update.title || '(untitled)'}${words === '' ? '' : ` — ${who}${words}`}`,
      selected: window.start + offset === window.selected,
    };
  });
  const count = `${answer.found.length}${answer.more ? '+' : ''} found`;
  const position = answer.found.length === 0 ? '' : ` ${window.selected + 1}/${answer.found.length}`;
  return {
    title: editing ? title : `${title} — ${count}${position}`,
    editing,
    rows,
    timeWidth,
    message: answer.found.length === 0 ? 'Nothing archived matches.' : null,
  };
}
