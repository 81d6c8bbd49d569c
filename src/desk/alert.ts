// --alert: which updates the reader asked to hear about. The timeline marks them,
// --notify rings for them.
import type { Update } from '../model.js';

export function matchesAlert(update: Update, alert: RegExp | null): boolean {
  if (alert === null) return true;
  alert.lastIndex = 0;
  return alert.test(update.title) || alert.test(update.body);
}
