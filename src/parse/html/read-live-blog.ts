// A live-blog page → its updates. The HTML blocks decide which updates there are (the
// page as the reader sees it) and give the body; structured data fills in what the
// HTML lacks and corrects what it gets wrong — unless it is itself wrong, as when every
// update carries the page's headline and time.
import { createHash } from 'node:crypto';
import type { ParsedUpdate } from '../../model.js';
import { findIdentifiedBlocks, findTimedBlocks, type PostBlocks } from './find-post-blocks.js';
import { comparable, matchPosts } from './match-posts.js';
import type { PageShape } from './page-shape.js';
import { assignClockTimes, type PageClock, readDateText } from './page-times.js';
import { type PostBlock, readPostBlock } from './read-post-block.js';
import type { StructuredPage, StructuredPost } from './structured-data.js';

export interface LiveBlogRead {
  updates: ParsedUpdate[];
  /** True when no update carries a time: they stay in page order. */
  untimed: boolean;
}

export interface LiveBlogContext {
  shape: PageShape;
  structured: StructuredPage;
  clock: PageClock;
  /** The page's address, for links to each update. */
  url: string | null;
  pageHeadline: string | null;
  /** When the page was fetched: "4m ago" counts back from here. */
  fetchedAt: number;
}

const HOUR_MS = 60 * 60_000;
const MINUTE_MS = 60_000;
// A time written to the minute and one written to the second agree within this.
const SAME_MOMENT_MS = 90_000;

/** Most values the same: a section name or the page's headline on every update, not a title. */
function mostlyRepeated(values: readonly string[]): boolean {
  const present = values.map(comparable).filter((value) => value !== '');
  if (present.length < 3) return false;
  const counts = new Map<string, number>();
  for (const value of present) counts.set(value, (counts.get(value) ?? 0) + 1);
  return Math.max(...counts.values()) >= present.length * 0.6;
}

/**
 * The HTML's time and the structured one: the structured one when they agree (it is
 * to the second) or differ by whole hours (the page printed local time as UTC, or a
 * clock was read in the wrong zone); otherwise the HTML's, which is what readers see.
 */
function chooseTime(html: number | null, structured: number | null): number | null {
  if (html === null || structured === null) return html ?? structured;
  const difference = html - structured;
  const hours = Math.round(difference / HOUR_MS);
  if (Math.abs(hours) <= 14 && Math.abs(difference - hours * HOUR_MS) < SAME_MOMENT_MS) return structured;
  return html;
}

/** The body without a first paragraph that only repeats the title. */
function withoutTitle(body: string, title: string): string {
  const [first, ...rest] = body.split('\n\n');
  return title !== '' && comparable(first ?? '') === comparable(title) ? rest.join('\n\n') : body;
}

/** An address that names one update: it has a fragment or a query of its own. */
function namesUpdate(url: string | null): url is string {
  return url !== null && /^https?:\/\/[^#?]+[#?]./.test(url);
}

function linkTo(url: string | null, fragment: string | null): string | null {
  if (url === null || fragment === null) return null;
  return `${url.replace(/#.*$/, '')}#${encodeURIComponent(fragment)}`;
}

/**
 * An id for a block that has none and no exact time: from its words, since a time
 * counted back from "4m ago", or none at all, would give it a new id at every poll.
 */
function wordsId(title: string, body: string): string {
  return 'w-' + createHash('sha1').update(`${title}\n${body.slice(0, 200)}`).digest('hex').slice(0, 16);
}

/**
 * Pinned copies: a block repeated at the top of the page, under the same id or
 * another one, with the same words. The original is the last one, in its place in time.
 */
function withoutCopies(updates: readonly ParsedUpdate[]): ParsedUpdate[] {
  const seen = new Set<string>();
  const kept: ParsedUpdate[] = [];
  for (let i = updates.length - 1; i >= 0; i--) {
    const update = updates[i] as ParsedUpdate;
    const keys = [`text:${comparable(`${update.title} ${update.body.slice(0, 600)}`).slice(0, 300)}`];
    if (update.id !== null) keys.push(`id:${update.id}`);
    if (keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    kept.push(update);
  }
  return kept.reverse();
}

function fromStructured(posts: readonly StructuredPost[], context: LiveBlogContext, useHeadlines: boolean): ParsedUpdate[] {
  return posts.map((post) => {
    const time = readDateText(post.published ?? post.modified, context.clock.offsetMinutes);
    return {
      id: post.id,
      time: time?.ms ?? null,
      timeText: post.published ?? post.modified,
      title: useHeadlines ? (post.headline ?? '') : '',
      body: post.body ?? '',
      link: [post.url, post.id].find(namesUpdate) ?? null,
      author: post.author,
    };
  });
}

function fromBlocks(
  blocks: readonly PostBlock[],
  matches: readonly (StructuredPost | null)[],
  context: LiveBlogContext,
  useHeadlines: boolean,
): ParsedUpdate[] {
  const { structured } = context;
  const clockTimes = assignClockTimes(blocks.map((block) => (block.exact === null ? block.clock : null)), context.clock);
  const distinctTimes = new Set(structured.posts.map((post) => post.published)).size > 1;
  const titlesAreLabels = mostlyRepeated(blocks.map((block) => block.title));
  const authors = structured.posts.map((post) => post.author ?? '');
  const authorsArePageWide = structured.posts.length > 1 && new Set(authors).size === 1 && (authors[0] ?? '').includes(',');
  return blocks.map((block, index) => {
    const post = matches[index] ?? null;
    const postTime = post !== null && distinctTimes ? readDateText(post.published ?? post.modified, context.clock.offsetMinutes) : null;
    // "4m ago" is read to the minute, so the same update keeps its time from one poll to the next.
    const ago = block.ago === null ? null : Math.floor((context.fetchedAt - block.ago) / MINUTE_MS) * MINUTE_MS;
    const htmlTime = block.exact?.ms ?? clockTimes[index] ?? ago;
    const title = block.title !== '' && !titlesAreLabels ? block.title : useHeadlines ? (post?.headline ?? '') : '';
    const ownBody = withoutTitle(block.body, title);
    const body = ownBody || post?.body || '';
    // A time counted back from "12 min ago" is a guess that any written time beats.
    const time = htmlTime === ago && postTime !== null ? postTime.ms : chooseTime(htmlTime, postTime?.ms ?? null);
    return {
      id: block.id ?? post?.id ?? (time === null || time === ago ? wordsId(title, body) : null),
      time,
      timeText: block.timeText ?? post?.published ?? null,
      title,
      body,
      link: post !== null && namesUpdate(post.url) ? post.url : linkTo(context.url, block.anchor),
      author: block.author ?? (authorsArePageWide ? null : (post?.author ?? null)),
      ...(ownBody !== '' && block.links.length > 0 ? { links: block.links } : {}),
    };
  });
}

/** An id that blocks with different words share (a template's "post") is no block's id; copies keep theirs. */
function withoutSharedIds(blocks: PostBlock[]): PostBlock[] {
  const texts = new Map<string, Set<string>>();
  for (const block of blocks) {
    if (block.id !== null) texts.set(block.id, (texts.get(block.id) ?? new Set()).add(comparable(`${block.title} ${block.body.slice(0, 600)}`)));
  }
  return blocks.map((block) => (block.id !== null && (texts.get(block.id)?.size ?? 0) > 1 ? { ...block, id: null, anchor: null } : block));
}

/** Headlines worth showing: they differ from update to update and from the page's own. */
function headlinesAreTitles(posts: readonly StructuredPost[], pageHeadline: string | null): boolean {
  const headlines = posts.map((post) => post.headline ?? '');
  if (mostlyRepeated(headlines)) return false;
  const page = comparable(pageHeadline);
  return page === '' || headlines.filter((headline) => comparable(headline) === page).length < headlines.length / 2;
}

/** Blocks a page without a live-blog declaration must show to count as one: a few, each with some text. */
function convincing(blocks: PostBlocks, shape: PageShape): boolean {
  const lengths = blocks.posts.map((post) => shape.shape(post).textLength).sort((a, b) => a - b);
  return blocks.posts.length >= 3 && (lengths[Math.floor(lengths.length / 2)] ?? 0) >= 120;
}

/** The page's updates, or null when it is not a live blog. */
export function readLiveBlog(context: LiveBlogContext): LiveBlogRead | null {
  const { shape, structured } = context;
  const declared = structured.liveBlog !== null;
  let blocks = findTimedBlocks(shape);
  if (blocks === null && declared) blocks = findIdentifiedBlocks(shape);
  if (blocks !== null && !declared && !convincing(blocks, shape)) blocks = null;
  const useHeadlines = headlinesAreTitles(structured.posts, context.pageHeadline);
  let updates: ParsedUpdate[] = [];
  if (blocks !== null) {
    const read = withoutSharedIds(blocks.posts.map((post) => readPostBlock(post, shape, context.clock.offsetMinutes)));
    // Blocks that share nothing with a structured list of several updates are some other list.
    const matches = matchPosts(read, structured.posts);
    if (matches.some((post) => post !== null) || structured.posts.length < 2) updates = fromBlocks(read, matches, context, useHeadlines);
  }
  if (updates.length === 0 && structured.posts.length > 0) updates = fromStructured(structured.posts, context, useHeadlines);
  updates = withoutCopies(updates.filter((update) => update.title !== '' || update.body !== ''));
  if (updates.length === 0) return null;
  return { updates, untimed: updates.every((update) => update.time === null) };
}
