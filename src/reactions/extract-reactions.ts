// Who said what in one update: quotations with their speakers, and reported
// statements ("France condemns …") from headlines and sentences. Pure: no I/O.

import type { Reaction, ReactionKind, Update } from '../model.js';
import { ActorMemory, type Mention } from './actor-memory.js';
import { splitBody } from './block-quotes.js';
import { attributeQuote, speakerBefore, type Attribution } from './find-attribution.js';
import { splitTitle, type Speaker } from './find-names.js';
import { creditHeadlines } from './headline-actors.js';
import { leadingName } from './find-subject.js';
import { findQuotes, maskQuotes, MIN_QUOTE_WORDS, quoteText, type QuoteSpan } from './find-quotes.js';
import { linkActors } from './link-actors.js';
import { isNeverActor } from './news-outlets.js';
import { splitSentences, type SentenceSpan } from './split-sentences.js';
import { findSecondVerb, type SecondVerb } from './stance.js';

// "[Rey Byhre/Reuters]", "[AFP]": photo credits name an agency, never a speaker.
const BRACKETED = /\[([^[\]\n]{1,160})\]|\(([^()\n]{1,160})\)/gu;
const WORD = /[\p{L}\p{N}]/u;
// A quote followed by this many more words is part of a longer statement.
const PARTIAL_QUOTE_TAIL_WORDS = 3;
// "… “…” in a televised address on Wednesday.": where and when, not more of the statement.
const ADVERBIAL_TAIL = /^[\s,]*(?:in|on|at|during|after|before|last|this|earlier|later|while|from|to|at)\b[^,;]*$/iu;
// The same for a quote inside reported speech, where "from"/"to" usually carry on the
// reported clause ("said he would “not bow to pressure” from abroad").
const EVENT_TAIL = /^[\s,]*(?:in|on|at|during|after|before|last|this|earlier|later|while)\b[^,;]*$/iu;
// What may stand between a reporting verb and a quote that is the whole of what was said.
const DIRECT_OPENER = /^[\s,:\u2014\u2013-]*(?:that\b)?[\s,:]*$/iu;

/**
 * True when a quote introduced by a verb is only part of the reported sentence: more
 * of it follows the quote ("…”, but that …"), or the quote sits inside reported
 * speech that has begun before it and carries on after it ("said he would “…” from abroad").
 */
function isFragment(opener: string, tail: string): boolean {
  if (!DIRECT_OPENER.test(opener)) return wordCount(tail) > 0 && !EVENT_TAIL.test(tail);
  return wordCount(tail) >= PARTIAL_QUOTE_TAIL_WORDS && !ADVERBIAL_TAIL.test(tail);
}

function stripCredits(text: string): string {
  return text.replace(BRACKETED, (whole, square: string | undefined, round: string | undefined) => {
    const inner = square ?? round ?? '';
    return inner.includes('/') || isNeverActor(inner.trim()) ? ' ' : whole;
  });
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
  headline: boolean;
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
    this.found.push({ kind: 'quote', text, mention: withRole, stance: 'says', headline: false });
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
      const lastInSentence = k === quotes.length - 1;
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
      // "… said in a statement that also urged …": a second stance of the same speaker.
      const secondFrom = attribution?.side === 'after' ? attribution.verbEnd : quote.end;
      const second = attribution !== null && lastInSentence ? findSecondVerb(masked, secondFrom, sentence.end) : null;
      const clauseEnd = second?.cut ?? sentence.end;
      const tail = text.slice(quote.end, clauseEnd);
      const fragment = attribution?.side === 'before' && quotes.length === 1 &&
        (headline || isFragment(masked.slice(attribution.verbEnd, quote.start), tail));
      if (fragment && attribution !== null) {
        // France denounced “in the strongest terms” what it described as …: the
        // quote is a fragment of a statement, so the statement is what is shown.
        // A headline is always read as a statement: it is the desk's summary.
        const what = statementText(text.slice(attribution.verbEnd, clauseEnd));
        this.found.push({ kind: 'statement', text: what, mention, stance, headline });
      } else {
        this.found.push({ kind: 'quote', text: quoteText(quote), mention, stance, headline });
      }
      if (second !== null && mention !== null) this.pushSecond(text, second, sentence, mention, headline);
      this.lastQuote = mention;
    });
  }

  private pushSecond(text: string, second: SecondVerb, sentence: SentenceSpan, mention: Mention, headline: boolean): void {
    const what = statementText(text.slice(second.verbEnd, sentence.end));
    if (wordCount(what) > 0) this.found.push({ kind: 'statement', text: what, mention, stance: second.stance, headline });
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
    const second = headline ? null : findSecondVerb(masked, attribution.verbEnd, sentence.end);
    let what = statementText(text.slice(attribution.verbEnd, second?.cut ?? sentence.end));
    if (wordCount(what) === 0) {
      // "Fire crews rescued 40 people, the fire service said.": the words come first.
      const comma = masked.lastIndexOf(',', attribution.verbEnd);
      if (comma > sentence.start) what = statementText(text.slice(sentence.start, comma));
    }
    if (wordCount(what) === 0) return;
    this.found.push({ kind: 'statement', text: what, mention, stance: attribution.stance, headline });
    if (second !== null) this.pushSecond(text, second, sentence, mention, headline);
  }
}

/** Every reaction in `update`, in reading order: headline first, then the body. */
export function extractReactions(update: Update): Reaction[] {
  const reader = new UpdateReader();
  const body = String(update.body ?? '');
  reader.readBlock(String(update.title ?? ''), true);
  for (const part of splitBody(body)) {
    if (part.kind === 'paragraph') reader.readBlock(part.text, false);
    else reader.addBlockQuote(part.quote.text, part.quote.name, part.quote.role);
  }
  // "Mayor urges …" is the mayor the body names: credit the headline before linking names.
  creditHeadlines(reader.found, body);
  // Named people with a role, so that "Mali PM" and "Cisse" find the full name.
  // Each person once: with a role if any mention gives one, else a full name of 2+ words.
  const people = new Map<string, Mention>();
  for (const f of reader.found) {
    const m = f.mention;
    if (m === null || !m.person || (m.role === null && !m.actor.includes(' '))) continue;
    if (!people.has(m.actor) || people.get(m.actor)?.role === null) people.set(m.actor, m);
  }
  if (people.size > 0) linkActors(reader.found, [...people.values()]);
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
