// The dashboard's state as a small store: every action goes through the reducer at
// once, in the order it came, so the next key is resolved against the state the
// previous one left; React renders the latest state, and the effects run after.
import { useCallback, useRef, useState } from 'react';
import type { AppAction } from '../state/app-action.js';
import { appStep } from '../state/app-reducer.js';
import type { AppState } from '../state/app-state.js';
import type { Effect } from '../state/effects.js';

export interface AppStore {
  state: AppState;
  /** The state as of the last action, which may not be drawn yet. */
  current(): AppState;
  dispatch(action: AppAction): void;
}

export function useAppStore(init: () => AppState, run: (effect: Effect) => void): AppStore {
  const latest = useRef<AppState | null>(null);
  latest.current ??= init();
  const [state, setState] = useState<AppState>(latest.current);
  const runner = useRef(run);
  runner.current = run;
  const dispatch = useCallback((action: AppAction) => {
    const step = appStep(latest.current!, action);
    if (step.state !== latest.current) {
      latest.current = step.state;
      setState(step.state);
    }
    for (const effect of step.effects) runner.current(effect);
  }, []);
  const current = useCallback(() => latest.current!, []);
  return { state, current, dispatch };
}
