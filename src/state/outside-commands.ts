// Keys that act outside the dashboard, the same from the panes and the detail view:
// each asks for what it does and says so in the status line, or says why it asks
// for nothing (no link, only files, which are read whenever they change). Short:
// at 80 columns a notice has about 40.
import { isUrl } from '../sources/location.js';
import type { AppState } from './app-state.js';
import { withEffects, type AppRequest, type AppStep } from './effects.js';
import type { Command } from './keymap.js';
import { showNotice } from './notice.js';
import { updateByKey, visibleUpdateKeys } from './selectors.js';


/** The update open in the detail view, else the selected one, else the first shown. */
function updateInView(state: AppState) {
  const key = state.detail?.updateKey ?? state.timeline.selectedKey ?? visibleUpdateKeys(state)[0] ?? null;
  return key === null ? undefined : updateByKey(state, key);
}

function asking(state: AppState, text: string, request: AppRequest): AppStep {
  return withEffects(showNotice(state, text, 'info'), { type: 'request', request });
}

/** o and y on a link: what they asked for, said; a problem opening it comes back as its own notice. */
export function linkStep(state: AppState, command: 'openLink' | 'copyLink', url: string): AppStep {
  return command === 'openLink'
    ? asking(state, `Opening ${url}`, { type: 'open-link', url })
    : asking(state, `Copied ${url}`, { type: 'copy-link', url });
}

const polled = (state: AppState) => state.sources.filter((source) => isUrl(source.location));

/** What an outside key does; null when `command` is not one. */
export function outsideStep(state: AppState, command: Command): AppStep | null {
  switch (command) {
    case 'openLink':
    case 'copyLink': {
      const url = updateInView(state)?.link ?? null;
      if (url !== null) return linkStep(state, command, url);
      return showNotice(state, `No link to ${command === 'openLink' ? 'open' : 'copy'}`, 'problem');
    }
    case 'refreshSource': {
      // The source of the update open or selected; with no updates yet, the first source.
      const sourceId = updateInView(state)?.sourceId ?? state.sources[0]?.id ?? null;
      const source = state.sources.find((candidate) => candidate.id === sourceId);
      if (sourceId === null || source === undefined) return showNotice(state, 'No source to fetch yet', 'info');
      if (!isUrl(source.location)) return showNotice(state, 'A file: read again when it changes', 'info');
      return asking(state, `Fetching ${source.title}`, { type: 'refresh', sourceId });
    }
    case 'refreshAll': {
      const count = polled(state).length;
      if (count === 0) return showNotice(state, 'Nothing to fetch: only files', 'info');
      return asking(state, `Fetching ${count} source${count === 1 ? '' : 's'}`, { type: 'refresh-all' });
    }
    case 'togglePause': {
      if (polled(state).length === 0) return showNotice(state, 'Nothing to pause: only files', 'info');
      const paused = [...state.statuses.values()].some((status) => status.state === 'paused');
      return asking(state, paused ? 'Polling resumed' : 'Polling paused (p resumes)', { type: 'toggle-pause' });
    }
    default:
      return null;
  }
}
