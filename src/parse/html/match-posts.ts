// Pairs the update blocks of a page's HTML with the updates its structured data lists:
// by the microdata inside the block, by the id both carry (in any of the shapes pages
// write it: "block-646219…", "#liveblogPost1288914", "post_5eba…"), by title, then by
// the first words of the body. Each structured update pairs at most once.
import { contains } from './dom.js';
import type { PostBlock } from './read-post-block.js';
import type { StructuredPost } from './structured-data.js';

/**
 * Ids as comparable keys: the whole, and the long hex or digit runs of the part that
 * names the update — the fragment, or the query ("?update=2628484"). The path of an
 * address names the page, and its numbers are the page's, not the update's.
 */
function idKeys(value: string): string[] {
  const keys = [value];
  const isAddress = /^[a-z][\w+.-]*:\/\//i.test(value) || value.startsWith('/');
  let own = value;
  if (isAddress) {
    const hash = value.indexOf('#');
    const query = value.indexOf('?');
    const fragment = hash === -1 ? '' : value.slice(hash + 1);
    const search = query === -1 ? '' : value.slice(query + 1, hash === -1 ? undefined : hash);
    if (fragment !== '') keys.push(fragment);
    own = `${fragment} ${search}`;
  } else if (value.includes('#')) {
    own = value.slice(value.indexOf('#') + 1);
    keys.push(own);
  }
  for (const run of own.toLowerCase().match(/[0-9a-f]{5,}|\d{3,}/g) ?? []) if (/\d/.test(run)) keys.push(run);
  return keys;
}

/** Text reduced to its letters and digits, lower-cased: what two copies of one update share. */
export function comparable(text: string | null): string {
  return (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function bodyStart(text: string | null): string {
  return comparable((text ?? '').slice(0, 200)).slice(0, 60);
}

/** For each block, the structured update that describes it, or null. */
export function matchPosts(blocks: readonly PostBlock[], posts: readonly StructuredPost[]): (StructuredPost | null)[] {
  const used = new Set<StructuredPost>();
  const result: (StructuredPost | null)[] = blocks.map(() => null);
  const take = (index: number, post: StructuredPost | undefined) => {
    if (post === undefined || used.has(post) || result[index] !== null) return;
    result[index] = post;
    used.add(post);
  };

  blocks.forEach((block, index) => {
    take(index, posts.find((post) => post.element !== null && (contains(block.element, post.element) || contains(post.element, block.element))));
  });

  const byKey = new Map<string, StructuredPost>();
  for (const post of posts) {
    for (const value of [post.id, post.url]) {
      for (const key of value === null ? [] : idKeys(value)) if (!byKey.has(key)) byKey.set(key, post);
    }
  }
  blocks.forEach((block, index) => {
    for (const key of block.aliases.flatMap(idKeys)) take(index, byKey.get(key));
  });

  const byTitle = new Map(posts.filter((post) => post.headline !== null).map((post) => [comparable(post.headline ?? ''), post]));
  const byBody = new Map(posts.filter((post) => bodyStart(post.body).length >= 20).map((post) => [bodyStart(post.body), post]));
  blocks.forEach((block, index) => {
    if (block.title !== '') take(index, byTitle.get(comparable(block.title)));
    take(index, byBody.get(bodyStart(block.body)));
  });
  return result;
}
