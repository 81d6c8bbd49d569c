// The one normalised model every source is turned into. Nothing here knows about
// Ink, files or the network: parsers produce it, the store and the UI consume it.

export const SOURCE_KINDS = ['live-blog', 'rss', 'atom', 'json-feed', 'web-page'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  /** Stable id, derived from the location. */
  id: string;
  /** Title from the feed, or the file name when the feed has none. */
  title: string;
  /** Short tag shown in the timeline when there are several sources. */
  tag: string;
  kind: SourceKind | null;
  /** Path or URL as the user gave it. */
  location: string;
  /** Plain-words reason this source could not be read, or null. */
  error: string | null;
  /** Lead / description of the feed (a live blog's summary paragraphs). */
  summary: string | null;
  /** Tags a urls file gives the source ("news", "mali"): the timeline's filter matches them. */
  labels?: readonly string[];
}

export interface Update {
  /** guid / Atom id / JSON Feed id, else link, else a hash of time + title. */
  id: string;
  /** `id` is unique within its source; `key` across all sources (selection uses it). */
  key: string;
  sourceId: string;
  /** Absolute time in ms since the epoch, or null when it cannot be known. */
  time: number | null;
  /** The time exactly as the source wrote it ("16:40 GMT", an RFC 822 date …). */
  timeText: string | null;
  title: string;
  /** Plain text; paragraphs separated by a blank line. */
  body: string;
  link: string | null;
  author: string | null;
  /** The http(s) addresses the body links to, in order, once each; absent when it links nowhere. */
  links?: readonly string[];
}

export type ReactionKind = 'quote' | 'statement';

export interface Reaction {
  id: string;
  updateId: string;
  /** The update's `key`, for lookups across sources. */
  updateKey: string;
  /** Who said it, or null when the text does not say. */
  actor: string | null;
  role: string | null;
  kind: ReactionKind;
  text: string;
  /** Normalised reporting verb ("says", "condemns" …), or null. */
  stance: string | null;
  time: number | null;
}

/** What one parser gives back for one document. */
export interface ParsedFeed {
  kind: SourceKind;
  title: string | null;
  summary: string | null;
  link: string | null;
  updates: ParsedUpdate[];
  /** Feeds a web page announces (<link rel="alternate">) when it holds nothing to follow itself. */
  feeds?: AnnouncedFeed[];
}

export interface AnnouncedFeed {
  /** Absolute http(s) address. */
  url: string;
  title: string | null;
  /** The announced media type, e.g. "application/rss+xml". */
  type: string;
}

/** An update before it is tied to a source; `id` may still be missing. */
export interface ParsedUpdate {
  id: string | null;
  time: number | null;
  timeText: string | null;
  title: string;
  body: string;
  link: string | null;
  author: string | null;
  /** Targets of the body's links as written (relative ones too). */
  links?: string[];
}

/** How a polled source is doing, as the status bar shows it. */
export interface SourceStatus {
  sourceId: string;
  state: 'ok' | 'not-modified' | 'error' | 'paused' | 'stopped';
  /** Last successful fetch (200 or 304), ms since the epoch. */
  lastSuccessAt: number | null;
  nextPollAt: number | null;
  httpStatus: number | null;
  /** Plain words: "timed out after 15 s — retrying at 16:07:31". */
  message: string | null;
}

/** ETag / Last-Modified exactly as the server sent them, to be sent back unchanged. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** One poll of a source, as the archive keeps its history. */
export interface FetchRecord {
  at: number;
  /** HTTP status, or null when no response came (DNS, timeout, file read). */
  status: number | null;
  /** Validators from this response; null keeps the stored ones (a 304 or an error need not resend them). */
  validators: Validators | null;
  error: string | null;
}

/** What earlier runs knew of a source's polls (the archive): validators, so the first poll can be a 304, and the last success. */
export interface EarlierPolls {
  validators: Validators | null;
  lastSuccessAt: number | null;
}
