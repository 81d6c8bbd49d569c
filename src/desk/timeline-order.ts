// The one order of a timeline, wherever updates are merged: newest first.
import type { Update } from '../model.js';

/**
 * Newest first. Updates without a time keep their place relative to each other
 * and go after the timed ones, since nothing says where they belong.
 */
export function compareNewestFirst(a: Update, b: Update): number {
  if (a.time === null || b.time === null) {
    return (a.time === null ? 1 : 0) - (b.time === null ? 1 : 0);
  }
  return b.time - a.time;
}
