// --notify: a bell and an OSC 9 desktop notification per new update. The text
// is a feed's, so it is sanitised to one line: no ESC or BEL can end the
// sequence early and smuggle in another.
import type { Update } from '../model.js';
import { matchesAlert } from '../desk/alert.js';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';

const BEL = '\x07';
const MAX_NOTIFICATION_LENGTH = 200;

export function notificationFor(update: Update, alert: RegExp | null): string | null {
  if (!matchesAlert(update, alert)) return null;
  const text = sanitizeLine(update.title || update.body).slice(0, MAX_NOTIFICATION_LENGTH);
  return `${BEL}\x1b]9;livedesk: ${text}${BEL}`;
}
