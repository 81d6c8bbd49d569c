// Polls one URL source: one chained timer, never two requests at once, validators kept
// exactly as received, and a parse only when new bytes arrived. Every poll ends in one
// event for the UI; the schedule itself lives in the pure poll-schedule module.
import { createHash } from 'node:crypto';
import type { EarlierPolls, ParsedFeed, Validators } from '../model.js';
import { fetchFeed, type FetchOptions, type FetchResult } from '../net/fetch-feed.js';
import type { ProxyEnvironment } from '../net/proxy-environment.js';
import { parseFeedText } from '../parse/parse-feed-text.js';
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { nextDelay, type LastError, type PollState, type Random, type SourceStatus } from './poll-schedule.js';

/** `Read` is what the poller's parse makes of new bytes: a ParsedFeed by default, the pipeline's step in the desk monitor. */
export type PollEventBody<Read = ParsedFeed> =
  | { type: 'fetched'; feed: Read; httpStatus: number; finalUrl: string }
  /** A 304, or a 200 whose bytes equal the last parsed ones: nothing to parse or re-render. */
  | { type: 'not-modified'; httpStatus: number }
  | ({ type: 'error' } & LastError);

export type PollEvent<Read = ParsedFeed> = PollEventBody<Read> & {
  /** When the poll finished. */
  at: number;
  /** When the next poll is due; null when this source will not be polled again by itself. */
  nextPollAt: number | null;
  sourceStatus: SourceStatus;
};

export interface SourcePollerOptions<Read = ParsedFeed> {
  url: string;
  intervalMs: number;
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  proxies?: ProxyEnvironment;
  maxRedirects?: number;
  maxBackoffMs?: number;
  onResult(event: PollEvent<Read>): void;
  // Seams for tests; method syntax so that Node's own timer functions fit as they are.
  fetch?(url: string, options: FetchOptions): Promise<FetchResult>;
  /**
   * What new bytes become; a rejection is the poll's error. `pageUrl` is where the text
   * came from (after redirects): a web page's links are read against it.
   */
  parse?(text: string, fetchedAt: Date, pageUrl: string): Promise<Read>;
  setTimeout?(callback: () => void, ms: number): unknown;
  clearTimeout?(handle: unknown): void;
  now?(): number;
  random?: Random;
  /** From an earlier run (the archive): validators, so the first poll can be a 304, and the last success. */
  earlier?: EarlierPolls;
}

// setTimeout fires at once for anything longer (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

const defaultParse = (text: string, fetchedAt: Date, pageUrl: string): Promise<ParsedFeed> =>
  parseFeedText(text, { fallbackDate: fetchedAt, pageUrl });

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function parseFailure(error: unknown): LastError {
  const message = error instanceof Error ? error.message : String(error);
  const line = sanitizeLine(message.split('\n')[0] ?? '').slice(0, 160);
  return { message: line || 'not a readable feed', httpStatus: 200, retryAfterMs: null, permanent: false };
}

export class SourcePoller<Read = ParsedFeed> {
  readonly #options: SourcePollerOptions<Read>;
  readonly #now: () => number;
  #schedule: PollState;
  #validators: Validators = { etag: null, lastModified: null };
  #lastBodyHash: string | null = null;
  #timer: unknown = null;
  #dueAt: number | null = null;
  #inFlight: Promise<void> | null = null;
  #abort: AbortController | null = null;
  #lastSuccessAt: number | null = null;
  #lastError: LastError | null = null;
  #started = false;
  #paused = false;
  #stopped = false;

  constructor(options: SourcePollerOptions<Read>) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#schedule = { intervalMs: options.intervalMs, failures: 0, maxBackoffMs: options.maxBackoffMs };
    if (options.earlier?.validators) this.#validators = options.earlier.validators;
    this.#lastSuccessAt = options.earlier?.lastSuccessAt ?? null;
  }

  /** Starts polling: the first poll after `delayMs` (0: right away). */
  start(delayMs = 0): void {
    if (this.#started || this.#stopped) return;
    this.#started = true;
    this.#dueAt = this.#now() + delayMs;
    if (!this.#paused) this.#arm(delayMs);
  }

  /** Polls now; while a poll is running, returns that one instead of starting another. */
  refreshNow(): Promise<void> {
    if (this.#inFlight !== null) return this.#inFlight;
    if (this.#stopped || this.#lastError?.permanent) return Promise.resolve();
    this.#started = true;
    return this.#run();
  }

  /** No new polls until resume(); a poll already running finishes and reports. */
  pause(): void {
    this.#paused = true;
    this.#disarm();
  }

  resume(): void {
    if (!this.#paused) return;
    this.#paused = false;
    if (this.#stopped || !this.#started || this.#inFlight !== null || this.#dueAt === null) return;
    this.#arm(Math.max(0, this.#dueAt - this.#now()));
  }

  /** Clears the timer and aborts a running request; resolves once it has settled. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#disarm();
    this.#dueAt = null;
    this.#abort?.abort();
    await this.#inFlight;
  }

  /** ETag and Last-Modified exactly as last received, for the archive. */
  getValidators(): Validators {
    return this.#validators;
  }

  getStatus(): SourceStatus {
    const polling = this.#inFlight !== null;
    const idle = !this.#paused && !this.#stopped && !polling;
    return {
      lastSuccessAt: this.#lastSuccessAt,
      nextPollAt: idle ? this.#dueAt : null,
      lastError: this.#lastError,
      polling,
      paused: this.#paused,
      stopped: this.#stopped,
    };
  }

  #arm(delayMs: number): void {
    this.#disarm();
    const set = this.#options.setTimeout ?? ((callback, ms) => setTimeout(callback, ms));
    this.#timer = set(() => {
      this.#timer = null;
      void this.#run();
    }, Math.min(delayMs, MAX_TIMER_MS));
  }

  #disarm(): void {
    if (this.#timer === null) return;
    const clear = this.#options.clearTimeout ?? ((handle) => clearTimeout(handle as NodeJS.Timeout));
    clear(this.#timer);
    this.#timer = null;
  }

  #run(): Promise<void> {
    this.#disarm();
    const poll: Promise<void> = this.#poll().finally(() => {
      // A listener may already have started the next poll; leave that one alone.
      if (this.#inFlight === poll) this.#inFlight = null;
    });
    this.#inFlight = poll;
    return poll;
  }

  async #poll(): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    const { url, timeoutMs, maxBytes, userAgent, proxies, maxRedirects } = this.#options;
    const fetch = this.#options.fetch ?? fetchFeed;
    const result = await fetch(url, {
      timeoutMs,
      maxBytes,
      userAgent,
      proxies,
      maxRedirects,
      validators: this.#validators,
      signal: abort.signal,
      now: this.#now,
    });
    this.#abort = null;
    if (this.#stopped) return;
    const body = await this.#interpret(result);
    if (this.#stopped) return;

    const at = this.#now();
    const failed = body.type === 'error';
    const decision = nextDelay(
      this.#schedule,
      failed ? { kind: 'failure', retryAfterMs: body.retryAfterMs, permanent: body.permanent } : { kind: 'success' },
      this.#options.random ?? Math.random,
    );
    this.#schedule = decision.state;
    this.#dueAt = decision.delayMs === null ? null : at + decision.delayMs;
    if (failed) {
      const { message, httpStatus, retryAfterMs, permanent } = body;
      this.#lastError = { message, httpStatus, retryAfterMs, permanent };
    } else {
      this.#lastError = null;
      this.#lastSuccessAt = at;
    }
    // The poll counts as finished before anyone hears of it, so a listener that calls
    // refreshNow() starts a new poll instead of getting this one back.
    this.#inFlight = null;
    if (decision.delayMs !== null && !this.#paused) this.#arm(decision.delayMs);
    const sourceStatus = this.getStatus();
    this.#options.onResult({ ...body, at, nextPollAt: sourceStatus.nextPollAt, sourceStatus });
  }

  async #interpret(result: FetchResult): Promise<PollEventBody<Read>> {
    if (result.kind === 'not-modified') return { type: 'not-modified', httpStatus: 304 };
    if (result.kind === 'error') {
      const { message, status, retryAfterMs, permanent } = result;
      return { type: 'error', message, httpStatus: status, retryAfterMs, permanent };
    }
    // Servers without validators resend identical bytes: treat those like a 304.
    const hash = hashOf(result.text);
    if (hash === this.#lastBodyHash) {
      this.#validators = result.validators;
      return { type: 'not-modified', httpStatus: result.status };
    }
    try {
      // Without a parse of its own the poller reads ParsedFeeds: Read is the default then.
      const parse = this.#options.parse ?? (defaultParse as unknown as NonNullable<SourcePollerOptions<Read>['parse']>);
      const feed = await parse(result.text, new Date(this.#now()), result.finalUrl);
      // Kept only once the body parsed: a broken feed is fetched whole again next time,
      // so its error stays visible instead of hiding behind 304s.
      this.#validators = result.validators;
      this.#lastBodyHash = hash;
      return { type: 'fetched', feed, httpStatus: result.status, finalUrl: result.finalUrl };
    } catch (error) {
      return { type: 'error', ...parseFailure(error) };
    }
  }
}
