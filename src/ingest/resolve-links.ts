// The targets of a body's links as the reader can follow them: made absolute against
// the update's own address, http(s) only (a javascript: or mailto: target opens nothing
// here), once each, and a bounded number (a page of link lists is not a reading list).
import { sanitizeLine } from '../text/sanitize-for-terminal.js';

export const MAX_LINKS = 50;

export function resolveLinks(hrefs: readonly string[] | undefined, base: string | null): string[] {
  if (hrefs === undefined || hrefs.length === 0) return [];
  const links = new Set<string>();
  const from = URL.canParse(base ?? '') ? new URL(base!) : undefined;
  for (const href of hrefs) {
    if (links.size >= MAX_LINKS) break;
    if (!URL.canParse(href, from)) continue;
    const url = new URL(href, from);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    // A link to a place in the update itself is no link out.
    if (from !== undefined && url.hash !== '' && url.href.split('#')[0] === from.href.split('#')[0]) continue;
    links.add(sanitizeLine(url.href));
  }
  return [...links];
}
