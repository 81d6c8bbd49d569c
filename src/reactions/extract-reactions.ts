// Who said what in one update: quotations with their speakers, and reported
// statements ("France condemns …") from headlines and sentences. Pure: no I/O.

import type { Reaction, ReactionKind, Update } from '../model.js';
import { ActorMemory, type Mention } from './actor-memory.js';
import { splitBody } from './block-quotes.js';
import { attributeQuote, speakerBefore, type Attribution } from './find-attribution.js';
import { splitTitle, type Speaker } from './find-names.js';
import { creditHeadlines } from './headline-actors.js';
import { sentenceSubject } from './find-subject.js';
import { findQuotes, maskQuotes, MIN_QUOTE_WORDS, quoteText, type QuoteSpan } from './find-quotes.js';
import { linkActors } from './link-actors.js';
import { isNeverActor } from './news-outlets.js';
import { colonAttribution, headlineQuoteSpeaker, isFragment, isTermQuote, statementText, wordCount } from './quote-rules.js';
import { accordingTo, invertedHeadline, participleReport, trailingReport, type Report } from './reported-statements.js';
import { splitSentences, type SentenceSpan } from './split-sentences.js';
import { findSecondVerb, findVerbs, type SecondVerb } from './stance.js';

// "[Rey Byhre/Reuters]", "[AFP]": photo credits name an agency, never a speaker.
const BRACKETED = /\[([^[\]\n]{1,160})\]|\(([^()\n]{1,160})\)/gu;

function stripCredits(text: string): string {
  return text.replace(BRACKETED, (whole, square: string | undefined, round: string | undefined) => {
    const inner = square ?? round ?? '';
    return inner.includes('/') || isNeverActor(inner.trim()) ? ' ' : whole;
  });
}

interface Found {
  kind: ReactionKind;
  text: string;
  mention: Mention | null;
  stance: string | null;
  headline: boolean;
  /** Read from a headline's shape alone: kept only if the body names the same actor. */
  unconfirmed?: boolean;
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

  private identify(attribution: { speaker: Speaker } | null, headline: boolean): Mention | null {
    if (attribution === null) return null;
    const mention = this.memory.resolve(attribution.speaker);
    // Anonymous sources too, so that "the official said" finds "a senior official".
    const kind = attribution.speaker.kind;
    if (mention !== null && (kind === 'named' || kind === 'anonymous')) this.memory.remember(mention, headline);
    return mention;
  }

  /** Who a quote belongs to when no reporting verb of its own sentence says so. */
  private unattributed(masked: string, sentence: SentenceSpan, quote: QuoteSpan, headline: boolean): Attribution | null | 'none' {
    if (headline) return headlineQuoteSpeaker(masked, sentence.start, quote.start) ?? 'none';
    const colon = colonAttribution(masked, sentence.start, quote.start);
    if (colon !== null) return colon;
    return isTermQuote(masked, sentence.start, quote.start) ? 'none' : null;
  }

  private readQuotes(
    text: string,
    masked: string,
    sentence: SentenceSpan,
    quotes: readonly QuoteSpan[],
    headline: boolean,
  ): void {
    // "… “…” and urged “…”": the verb between two quotes, carried to the second.
    let carried: { mention: Mention | null; stance: string } | null = null;
    quotes.forEach((quote, k) => {
      const lastInSentence = k === quotes.length - 1;
      const afterEnd = quotes[k + 1]?.start ?? sentence.end;
      let attribution = attributeQuote(masked, sentence.start, quote.start, quote.end, afterEnd, headline);
      const opensSentence = masked.slice(sentence.start, quote.start).trim() === '';
      const unconfirmed = attribution === null && headline;
      if (attribution === null && !(opensSentence && this.lastQuote !== null) && carried === null) {
        const other = this.unattributed(masked, sentence, quote, headline);
        // A headline's scare quote with no speaker, or a term in quotes: nobody said it.
        if (other === 'none') return;
        attribution = other;
      }
      let mention = this.identify(attribution, headline);
      let stance: string | null = attribution?.stance ?? null;
      if (carried !== null) {
        ({ mention, stance } = carried);
      } else if (attribution === null && opensSentence && this.lastQuote !== null) {
        // `“…,” he said. “…”`: the second half belongs to the same speaker.
        mention = this.lastQuote;
        stance = 'says';
      }
      carried = null;
      // "… said in a statement that also urged …": a second stance of the same speaker.
      const secondFrom = attribution?.side === 'after' ? attribution.verbEnd : quote.end;
      const second = attribution !== null ? findSecondVerb(masked, secondFrom, lastInSentence ? sentence.end : afterEnd) : null;
      const clauseEnd = second?.cut ?? sentence.end;
      const tail = text.slice(quote.end, clauseEnd);
      const opener = attribution?.side === 'before' ? masked.slice(attribution.verbEnd, quote.start) : '';
      // A quote that ends its clause stays a quote even when "… and urged …" follows
      // (the labelling rules; see eval/reactions/README.md).
      const fragment = attribution?.side === 'before' && (headline || (quotes.length === 1 && isFragment(opener, tail)));
      if (fragment && attribution !== null) {
        // France denounced “in the strongest terms” what it described as …: the
        // quote is a fragment of a statement, so the statement is what is shown.
        // A headline is always read as a statement: it is the desk's summary.
        const what = statementText(text.slice(attribution.verbEnd, clauseEnd));
        this.found.push({ kind: 'statement', text: what, mention, stance, headline, unconfirmed });
      } else {
        // A headline's quote with its speaker after it ("‘…’, Say Campaigners") is still a statement.
        this.found.push({ kind: headline && attribution !== null ? 'statement' : 'quote', text: quoteText(quote), mention, stance, headline });
      }
      if (second !== null && !lastInSentence) carried = { mention, stance: second.stance };
      else if (second !== null && mention !== null) this.pushSecond(text, second, sentence, mention, headline);
      this.lastQuote = mention;
    });
  }

  private pushSecond(text: string, second: SecondVerb, sentence: SentenceSpan, mention: Mention, headline: boolean): void {
    const what = statementText(text.slice(second.verbEnd, sentence.end));
    if (wordCount(what) > 0) this.found.push({ kind: 'statement', text: what, mention, stance: second.stance, headline });
  }

  /** A sentence's reported statement: the usual "X said …" first, then the other forms. */
  private report(masked: string, sentence: SentenceSpan, headline: boolean): Report | null {
    const { start, end } = sentence;
    const verbs = findVerbs(masked.slice(start, end), headline);
    if (verbs.length > 0) {
      // "…, government spokesman X said.": the closing speaker owns the whole sentence.
      const trailing = headline ? null : trailingReport(masked, start, end, verbs);
      if (trailing !== null) return trailing;
      const front = speakerBefore(masked, start, end, headline, verbs);
      if (front !== null) {
        const second = headline ? null : findSecondVerb(masked, front.verbEnd, end);
        return { speaker: front.speaker, stance: front.stance, start: front.verbEnd, end: second?.cut ?? end, verbEnd: front.verbEnd, second };
      }
      const other = headline ? invertedHeadline(masked, start, end, verbs) : participleReport(masked, start, end, verbs);
      if (other !== null) return other;
    }
    return headline ? null : accordingTo(masked, start, end);
  }

  private readStatement(text: string, masked: string, sentence: SentenceSpan, headline: boolean): void {
    const report = this.report(masked, sentence, headline);
    if (report === null) {
      const named = sentenceSubject(masked.slice(sentence.start, sentence.end));
      if (named !== null && named.kind === 'named') this.remember(named, headline);
      return;
    }
    const mention = this.identify(report, headline);
    if (mention === null) return;
    let what = statementText(text.slice(report.start, report.end));
    if (wordCount(what) === 0 && report.verbEnd >= 0) {
      // "Fire crews rescued 40 people, the fire service said.": the words come first.
      const comma = masked.lastIndexOf(',', report.verbEnd);
      if (comma > sentence.start) what = statementText(text.slice(sentence.start, comma));
    }
    if (wordCount(what) === 0) return;
    this.found.push({ kind: 'statement', text: what, mention, stance: report.stance, headline });
    const second = report.second !== undefined ? report.second
      : report.verbEnd >= 0 && !headline ? findSecondVerb(masked, report.verbEnd, sentence.end) : null;
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
  // "Pier Collapse Was ‘Like An Earthquake’": words before a headline's quote are
  // its speaker only if the body names them too.
  const found = reader.found.filter((f) => f.unconfirmed !== true || (f.mention !== null && body.includes(f.mention.actor)));
  creditHeadlines(found, body);
  // Named people with a role, so that "Mali PM" and "Cisse" find the full name.
  // Each person once: with a role if any mention gives one, else a full name of 2+ words.
  const people = new Map<string, Mention>();
  for (const f of found) {
    const m = f.mention;
    if (m === null || !m.person || m.anonymous === true || (m.role === null && !m.actor.includes(' '))) continue;
    if (!people.has(m.actor) || people.get(m.actor)?.role === null) people.set(m.actor, m);
  }
  if (people.size > 0) linkActors(found, [...people.values()]);
  return found.map((f, n) => ({
    id: `${update.key}#${n + 1}`,
    updateId: update.id,
    updateKey: update.key,
    actor: f.mention === null || f.mention.anonymous === true ? null : f.mention.actor,
    role: f.mention?.role ?? null,
    kind: f.kind,
    text: f.text,
    stance: f.stance,
    time: update.time,
  }));
}
