// What names an update in a one-line list: its title, or — since many live-blog
// updates have none — the first words of its body.
import type { Update } from '../model.js';

/** The title, else the body's opening words on one line (callers truncate); '' when both are empty. */
export function updateHeading(update: Pick<Update, 'title' | 'body'>): string {
  return update.title || update.body.slice(0, 400).replace(/\s+/g, ' ').trim();
}
