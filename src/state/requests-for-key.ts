// Keys that ask the monitor to do something (fetch now, pause) rather than
// change what is shown. Decided here, purely, so the App only forwards them.
import type { AppState } from './app-state.js';
import type { AppRequest } from '../desk/desk-events.js';
import { chosenUrls, stepFeedChoice } from './feed-choice.js';
import { commandForKey, splitKeyPresses, type KeyPress } from './keymap.js';
import { updateByKey, visibleUpdateKeys } from './selectors.js';

function updateInView(state: AppState) {
  const key = state.detail?.updateKey ?? state.timeline.selectedKey ?? visibleUpdateKeys(state)[0] ?? null;
  return key === null ? undefined : updateByKey(state, key);
}

/** The source of the update open or selected; with no updates yet, the first source. */
function selectedSourceId(state: AppState): string | null {
  return updateInView(state)?.sourceId ?? state.sources[0]?.id ?? null;
}

/**
 * Enter answers the question about a page's feeds; nothing else reaches the monitor
 * meanwhile. Keys typed fast arrive together ("jj\r"), so the moves before Enter count.
 */
function answersToFeedChoice(state: AppState, input: string, key: KeyPress): AppRequest[] {
  let [choice, ...waiting] = state.feedChoices;
  const requests: AppRequest[] = [];
  for (const press of splitKeyPresses(input, key)) {
    const command = commandForKey(press.input, press.key);
    if (choice === undefined || command === null) continue;
    const step = stepFeedChoice(choice, command);
    if (command === 'open') requests.push({ type: 'follow-feeds', sourceId: choice.sourceId, urls: chosenUrls(choice) });
    if (step.kind === 'moved') choice = step.choice;
    else if (step.kind === 'done') [choice, ...waiting] = waiting;
  }
  return requests;
}

export function requestsForKey(state: AppState, input: string, key: KeyPress): AppRequest[] {
  if (state.feedChoices.length > 0) return answersToFeedChoice(state, input, key);
  if (state.filter.editing || state.helpOpen) return [];
  const requests: AppRequest[] = [];
  for (const press of splitKeyPresses(input, key)) {
    const command = commandForKey(press.input, press.key);
    const link = updateInView(state)?.link ?? null;
    if (command === 'openLink' && link !== null) requests.push({ type: 'open-link', url: link });
    if (command === 'copyLink' && link !== null) requests.push({ type: 'copy-link', url: link });
    if (command === 'refreshAll') requests.push({ type: 'refresh-all' });
    else if (command === 'togglePause') requests.push({ type: 'toggle-pause' });
    else if (command === 'refreshSource') {
      const sourceId = selectedSourceId(state);
      if (sourceId !== null) requests.push({ type: 'refresh', sourceId });
    }
  }
  return requests;
}
