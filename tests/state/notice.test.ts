// A notice is a status-line message that clears itself: the reducer schedules its end,
// and only that one action draws again. The archive's health is its own state.
import { describe, expect, it } from 'vitest';
import { appReducer, appStep } from '../../src/state/app-reducer.js';
import { initialState } from '../../src/state/app-state.js';
import { NOTICE_MS } from '../../src/state/notice.js';

describe('notices', () => {
  it('shows a notice and schedules its end; only its own end clears it', () => {
    const shown = appStep(initialState({ columns: 80, rows: 24 }), { type: 'notice', text: 'the link is not http or https', tone: 'problem' });
    expect(shown.state.notice).toEqual({ id: 1, text: 'the link is not http or https', tone: 'problem' });
    expect(shown.effects).toEqual([{ type: 'schedule', slot: 'notice', delayMs: NOTICE_MS, action: { type: 'notice-expired', id: 1 } }]);
    const second = appStep(shown.state, { type: 'notice', text: 'another', tone: 'info' });
    expect(second.state.notice?.id).toBe(2);
    // The first one's end, should it still come, leaves the second alone.
    expect(appReducer(second.state, { type: 'notice-expired', id: 1 })).toBe(second.state);
    expect(appReducer(second.state, { type: 'notice-expired', id: 2 }).notice).toBeNull();
  });
});

describe('the archive’s health', () => {
  it('is kept apart from the sources’ statuses, and the same problem twice draws nothing new', () => {
    const start = initialState({ columns: 80, rows: 24 });
    const failing = appReducer(start, { type: 'archive', problem: 'the archive at /tmp/a.db could not save new updates: disk full' });
    expect(failing.archiveProblem).toMatch(/disk full/);
    expect(failing.statuses.size).toBe(0);
    expect(appReducer(failing, { type: 'archive', problem: failing.archiveProblem })).toBe(failing);
    expect(appReducer(failing, { type: 'archive', problem: null }).archiveProblem).toBeNull();
  });
});
