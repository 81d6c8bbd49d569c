// A transient message in the status line: shown until NOTICE_MS have passed, then
// cleared by one scheduled action, so an idle dashboard draws nothing in between.
import type { AppState } from './app-state.js';
import type { AppStep } from './effects.js';

export type NoticeTone = 'info' | 'problem';

export interface Notice {
  id: number;
  text: string;
  tone: NoticeTone;
}

export const NOTICE_MS = 5_000;

export function showNotice(state: AppState, text: string, tone: NoticeTone): AppStep {
  const notice = { id: (state.notice?.id ?? 0) + 1, text, tone };
  return {
    state: { ...state, notice },
    effects: [{ type: 'schedule', slot: 'notice', delayMs: NOTICE_MS, action: { type: 'notice-expired', id: notice.id } }],
  };
}

export function expireNotice(state: AppState, id: number): AppState {
  return state.notice?.id === id ? { ...state, notice: null } : state;
}
