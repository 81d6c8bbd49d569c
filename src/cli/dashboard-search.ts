// The dashboard's search (f) over the run's archive: the hits, best first, each with
// its whole update and reactions, so a hit opens like a timeline row even when its
// event is not followed now. A hit whose update cannot be read is left out.
import type { ArchiveSession } from '../archive/archive-session.js';
import type { SearchAnswer } from '../state/desk-search.js';

/** More than `livedesk search` prints: a list on screen is read by scrolling. */
export const DASHBOARD_SEARCH_LIMIT = 100;

export function dashboardSearch(archive: ArchiveSession): (text: string) => SearchAnswer {
  return (text) => {
    const outcome = archive.search(text, { limit: DASHBOARD_SEARCH_LIMIT });
    if (!outcome.ok) return outcome;
    const found = outcome.hits.flatMap((hit) => {
      const loaded = archive.loadUpdate(hit.updateKey);
      return loaded === null ? [] : [{ hit, ...loaded }];
    });
    return { ok: true, found, more: outcome.more };
  };
}
