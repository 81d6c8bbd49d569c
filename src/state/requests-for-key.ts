// Keys that ask the monitor to do something (fetch now, pause) rather than
// change what is shown. Decided here, purely, so the App only forwards them.
import type { AppState } from './app-state.js';
import type { MonitorRequest } from './desk-events.js';
import { commandForKey, splitKeyPresses, type KeyPress } from './keymap.js';
import { updateByKey, visibleUpdateKeys } from './selectors.js';

/** The source of the update open or selected; with no updates yet, the first source. */
function selectedSourceId(state: AppState): string | null {
  const key = state.detail?.updateKey ?? state.timeline.selectedKey ?? visibleUpdateKeys(state)[0] ?? null;
  const update = key === null ? undefined : updateByKey(state, key);
  return update?.sourceId ?? state.sources[0]?.id ?? null;
}

export function monitorRequestsForKey(state: AppState, input: string, key: KeyPress): MonitorRequest[] {
  if (state.filter.editing || state.helpOpen) return [];
  const requests: MonitorRequest[] = [];
  for (const press of splitKeyPresses(input, key)) {
    const command = commandForKey(press.input, press.key);
    if (command === 'refreshAll') requests.push({ type: 'refresh-all' });
    else if (command === 'togglePause') requests.push({ type: 'toggle-pause' });
    else if (command === 'refreshSource') {
      const sourceId = selectedSourceId(state);
      if (sourceId !== null) requests.push({ type: 'refresh', sourceId });
    }
  }
  return requests;
}
