// Who said what in one update: quotations with their speakers, and reported
// statements ("France condemns …") from headlines and sentences. Pure: no I/O.

import type { Reaction, ReactionKind, Update } from '../model.js';
import { ActorMemory, type Mention } from './actor-memory.js';
import { splitBody } from './block-quotes.js';
import { attributeQuote, speakerBefore, type Attribution } from './find-attribution.js';
import { splitTitle, type Speaker } from './find-names.js';
import { leadingName } from './find-subject.js';
import { findQuotes, maskQuotes, MIN_QUOTE_WORDS, quoteText, type QuoteSpan } from './find-quotes.js';
import { isNeverActor } from './news-outlets.js';
import { splitSentences, type SentenceSpan } from './split-sentences.js';

// "[Rey Byhre/Reuters]", "[AFP]": photo credits name an agency, never a speaker.
const BRACKETED = /\[([^[\]\n]{1,160})\]/gu;
const WORD = /[\p{L}\p{N}]/u;
// A quote followed by this many more words is part of a longer statement.
const PARTIAL_QUOTE_TAIL_WORDS = 3;

function stripCredits(text: string): string {
  return text.replace(BRACKETED, (whole, inner: string) =>
    inner.includes('/') || isNeverActor(inner.trim()) ? ' ' : whole,
  );
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => WORD.test(w)).length;
}

function statementText(raw: string): string {
  return raw
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^that\s+/iu, '')
    .replace(/[\s.,;:!?]+$/u, '');
}

interface Found {
  kind: ReactionKind;
  text: string;
  mention: Mention | null;
  stance: string | null;
}

class UpdateReader {
  readonly found: Found[] = [];
  private readonly memory = new ActorMemory();
  /** Speaker of the latest quote, for a quote that continues it in the next sentence. */
  private lastQuote: Mention | null = null;

  readBlock(raw: string, headline: boolean): void {
    const text = stripCredits(raw);
    const quotes = findQuotes(text);
    const masked = maskQuotes(text, quotes);
    let q = 0;
    for (const sentence of splitSentences(text, quotes)) {
      const inside: QuoteSpan[] = [];
      while (q < quotes.length && (quotes[q]?.start ?? 0) < sentence.end) {
        const quote = quotes[q++];
        if (quote !== undefined && quote.start >= sentence.start && quote.words >= MIN_QUOTE_WORDS) inside.push(quote);
      }
      if (inside.length === 0) {
        this.lastQuote = null;
        this.readStatement(text, masked, sentence, headline);
      } else {
        this.readQuotes(text, masked, sentence, inside, headline);
      }
    }
    // A headline's quote is not continued by the body's first unattributed quote.
    if (headline) this.lastQuote = null;
  }

  addBlockQuote(text: string, name: string, role: string | null): void {
    if (wordCount(text) < MIN_QUOTE_WORDS) return;
    const speaker = splitTitle(name.split(/\s+/u));
    const mention = this.memory.resolve(speaker);
    if (mention !== null) this.memory.remember(mention, false);
    const withRole = mention === null ? null : { ...mention, role: role ?? mention.role };
    this.found.push({ kind: 'quote', text, mention: withRole, stance: 'says' });
    this.lastQuote = withRole;
  }

  private remember(speaker: Speaker & { kind: 'named' }, headline: boolean): void {
    this.memory.remember({ actor: speaker.actor, role: speaker.role, person: speaker.person }, headline);
  }

  private identify(attribution: Attribution | null, headline: boolean): Mention | null {
    if (attribution === null) return null;
    const mention = this.memory.resolve(attribution.speaker);
    if (mention !== null && attribution.speaker.kind === 'named') this.memory.remember(mention, headline);
    return mention;
  }

  private readQuotes(
    text: string,
    masked: string,
    sentence: SentenceSpan,
    quotes: readonly QuoteSpan[],
    headline: boolean,
  ): void {
    quotes.forEach((quote, k) => {
      const afterEnd = quotes[k + 1]?.start ?? sentence.end;
      const attribution = attributeQuote(masked, sentence.start, quote.start, quote.end, afterEnd, headline);
      let mention = this.identify(attribution, headline);
      let stance: string | null = attribution?.stance ?? null;
      const opensSentence = masked.slice(sentence.start, quote.start).trim() === '';
      if (attribution === null && opensSentence && this.lastQuote !== null) {
        // `“…,” he said. “…”`: the second half belongs to the same speaker.
        mention = this.lastQuote;
        stance = 'says';
      }
      const tail = text.slice(quote.end, sentence.end);
      if (attribution?.side === 'before' && quotes.length === 1 && wordCount(tail) >= PARTIAL_QUOTE_TAIL_WORDS) {
        // France denounced “in the strongest terms” what it described as …: the
        // quote is a fragment of a statement, so the statement is what is shown.
        const what = statementText(text.slice(attribution.verbEnd, sentence.end));
        this.found.push({ kind: 'statement', text: what, mention, stance });
      } else {
        this.found.push({ kind: 'quote', text: quoteText(quote), mention, stance });
      }
      this.lastQuote = mention;
    });
  }

  private readStatement(text: string, masked: string, sentence: SentenceSpan, headline: boolean): void {
    const attribution = speakerBefore(masked, sentence.start, sentence.end, headline);
    if (attribution === null) {
      const named = leadingName(masked.slice(sentence.start, sentence.end));
      if (named !== null && named.kind === 'named') this.remember(named, headline);
      return;
    }
    const mention = this.identify(attribution, headline);
    if (mention === null) return;
    const what = statementText(text.slice(attribution.verbEnd, sentence.end));
    if (wordCount(what) === 0) return;
    this.found.push({ kind: 'statement', text: what, mention, stance: attribution.stance });
  }
}

/** Every reaction in `update`, in reading order: headline first, then the body. */
export function extractReactions(update: Update): Reaction[] {
  const reader = new UpdateReader();
  reader.readBlock(String(update.title ?? ''), true);
  for (const part of splitBody(String(update.body ?? ''))) {
    if (part.kind === 'paragraph') reader.readBlock(part.text, false);
    else reader.addBlockQuote(part.quote.text, part.quote.name, part.quote.role);
  }
  return reader.found.map((f, n) => ({
    id: `${update.key}#${n + 1}`,
    updateId: update.id,
    updateKey: update.key,
    actor: f.mention?.actor ?? null,
    role: f.mention?.role ?? null,
    kind: f.kind,
    text: f.text,
    stance: f.stance,
    time: update.time,
  }));
}
