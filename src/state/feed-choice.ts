// When a URL turns out to be a web page that announces several feeds, the dashboard
// asks which to follow: one of them, or all. Pure: the reducer moves the choice, and
// Enter becomes a request to the monitor.
import type { AnnouncedFeed } from '../model.js';
import type { Command } from './keymap.js';

export interface FeedChoice {
  /** The web page that announced the feeds. */
  sourceId: string;
  feeds: AnnouncedFeed[];
  /** Index into `feeds`; `feeds.length` stands for "all of them". */
  selected: number;
}

export function newFeedChoice(sourceId: string, feeds: AnnouncedFeed[]): FeedChoice {
  return { sourceId, feeds, selected: 0 };
}

/** The addresses Enter follows. */
export function chosenUrls(choice: FeedChoice): string[] {
  const one = choice.feeds[choice.selected];
  return one === undefined ? choice.feeds.map((feed) => feed.url) : [one.url];
}

export type ChoiceStep = { kind: 'moved'; choice: FeedChoice } | { kind: 'done' } | { kind: 'ignored' };

/** What a command does while the question is on screen: move, answer (Enter), or put it away (Esc, q). */
export function stepFeedChoice(choice: FeedChoice, command: Command): ChoiceStep {
  const options = choice.feeds.length + 1;
  switch (command) {
    case 'moveUp':
      return { kind: 'moved', choice: { ...choice, selected: (choice.selected - 1 + options) % options } };
    case 'moveDown':
      return { kind: 'moved', choice: { ...choice, selected: (choice.selected + 1) % options } };
    case 'jumpTop':
      return { kind: 'moved', choice: { ...choice, selected: 0 } };
    case 'jumpBottom':
      return { kind: 'moved', choice: { ...choice, selected: options - 1 } };
    case 'open':
    case 'close':
    case 'quit':
      return { kind: 'done' };
    default:
      return { kind: 'ignored' };
  }
}
