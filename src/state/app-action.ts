// Every change to the dashboard arrives as one of these: a key resolved to a
// command, text typed into the filter, the terminal's size, the desk's events,
// and what the dashboard scheduled for itself (a notice's end, midnight).
import type { DeskEvent } from '../desk/desk-events.js';
import type { SearchAnswer } from './desk-search.js';
import type { Command } from './keymap.js';
import type { TerminalSize } from './layout.js';
import type { NoticeTone } from './notice.js';

export type AppAction =
  /** A key, resolved once by the keymap; null: a key that means nothing here (the reader still saw the screen). */
  | { type: 'command'; command: Command | null }
  /** A printable key while the filter line is typed. */
  | { type: 'filter-text'; text: string }
  /** A printable key while the search prompt is typed. */
  | { type: 'search-text'; text: string }
  /** What the archive answered to a search. */
  | { type: 'search-answer'; text: string; answer: SearchAnswer }
  | { type: 'resize'; size: TerminalSize }
  | DeskEvent
  /** A message for the status line that clears itself: a link that could not be opened. */
  | { type: 'notice'; text: string; tone: NoticeTone }
  | { type: 'notice-expired'; id: number }
  /** The reader's clock: rows show dates once the day has turned. */
  | { type: 'clock'; now: number }
  /** The event's clock during a replay, read again when the minute it shows changes. */
  | { type: 'replay-clock'; now: number };
