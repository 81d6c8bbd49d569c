// Scores predicted reactions against hand-written expectations. Pure: the rules for
// "this prediction is that expected reaction" live here and nowhere else (see README.md).

import type { Reaction, ReactionKind } from '../../src/model.js';

export interface ExpectedReaction {
  /** Canonical name; null for a quote the text gives to nobody. */
  actor: string | null;
  aliases?: string[];
  role?: string;
  kind: ReactionKind;
  stance?: string;
  /** Must be contained in the predicted text (after normalising, see below). */
  text: string;
  /** Part of the acceptance list: the evaluation fails without it. */
  mustHave?: boolean;
}

export interface ExpectedUpdate {
  title: string;
  reactions: ExpectedReaction[];
}

export interface Expectations {
  /** The blog, relative to the expectations file. */
  source: string;
  /** Day for live-blog times that carry no date. */
  fallbackDate: string;
  /** Names that must never be an actor (agencies, credits, crowds). */
  forbiddenActors?: string[];
  updates: ExpectedUpdate[];
}

export interface Match {
  expected: ExpectedReaction;
  predicted: Reaction;
  stanceAgrees: boolean;
}

export interface FileScore {
  expected: number;
  predicted: number;
  matches: Match[];
  /** Predictions that match nothing, with the title of their update. */
  falsePositives: Array<{ title: string; reaction: Reaction }>;
  misses: Array<{ title: string; expected: ExpectedReaction }>;
  forbiddenHits: Reaction[];
  missingMustHaves: ExpectedReaction[];
}

// Quote marks and apostrophes differ between the blog and the label ("’" vs "'"),
// and a block quote may keep its "> " marker: neither should decide a match.
const MARKS = /[“”„"‘’'«»`]/gu;

export function normaliseText(text: string): string {
  return text.replace(/^>\s*/gmu, '').replace(MARKS, '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** "Jean-Yves Le Drian" = "jean yves le drian"; "The African Union" = "african union". */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[-‐–.]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

// "senior official", "one diplomat", "Insider": how an unnamed source may be shown.
// Labels give such sources `actor: null`; an extractor that prints the description
// instead has still found nobody named, so both count as the same answer.
const GENERIC_SOURCE =
  /^(?:(?:a|an|one|another)\s+)?(?:[a-z-]+\s+){0,2}(?:official|source|insider|diplomat|aide|adviser|advisor|staffer|ally)$|^(?:one|another)$/u;

export function isGenericSource(actor: string): boolean {
  return GENERIC_SOURCE.test(normaliseName(actor));
}

export function actorMatches(expected: ExpectedReaction, actor: string | null): boolean {
  if (expected.actor === null) return actor === null || isGenericSource(actor);
  if (actor === null) return false;
  const got = normaliseName(actor);
  return [expected.actor, ...(expected.aliases ?? [])].some((name) => normaliseName(name) === got);
}

export function reactionMatches(expected: ExpectedReaction, predicted: Reaction): boolean {
  return (
    expected.kind === predicted.kind &&
    actorMatches(expected, predicted.actor) &&
    normaliseText(predicted.text).includes(normaliseText(expected.text))
  );
}

/**
 * One-to-one matching within one update, in reading order. Of the expectations a
 * prediction fits, the one with the same stance wins, then the longest snippet.
 */
export function matchUpdate(
  expected: readonly ExpectedReaction[],
  predicted: readonly Reaction[],
): { matches: Match[]; unmatchedPredicted: Reaction[]; unmatchedExpected: ExpectedReaction[] } {
  const free = new Set(expected.map((_, i) => i));
  const matches: Match[] = [];
  const unmatchedPredicted: Reaction[] = [];
  for (const p of predicted) {
    const rank = (k: number): number => {
      const e = expected[k] as ExpectedReaction;
      return (e.stance === p.stance ? 1000 : 0) + e.text.length;
    };
    const fits = [...free].filter((k) => reactionMatches(expected[k] as ExpectedReaction, p));
    const i = fits.sort((a, b) => rank(b) - rank(a))[0];
    if (i === undefined) {
      unmatchedPredicted.push(p);
      continue;
    }
    free.delete(i);
    const e = expected[i] as ExpectedReaction;
    matches.push({ expected: e, predicted: p, stanceAgrees: e.stance === undefined || e.stance === p.stance });
  }
  return { matches, unmatchedPredicted, unmatchedExpected: [...free].map((k) => expected[k] as ExpectedReaction) };
}

export interface PredictedUpdate {
  title: string;
  reactions: Reaction[];
}

/** Scores a whole file. Updates the expectations do not list expect no reactions. */
export function scoreFile(expectations: Expectations, predicted: readonly PredictedUpdate[]): FileScore {
  const byTitle = new Map(expectations.updates.map((u) => [normaliseText(u.title), u]));
  const forbidden = (expectations.forbiddenActors ?? []).map(normaliseName);
  const score: FileScore = {
    expected: expectations.updates.reduce((n, u) => n + u.reactions.length, 0),
    predicted: 0, matches: [], falsePositives: [], misses: [], forbiddenHits: [], missingMustHaves: [],
  };
  const seen = new Set<string>();
  for (const update of predicted) {
    const key = normaliseText(update.title);
    seen.add(key);
    const result = matchUpdate(byTitle.get(key)?.reactions ?? [], update.reactions);
    score.predicted += update.reactions.length;
    score.matches.push(...result.matches);
    score.falsePositives.push(...result.unmatchedPredicted.map((reaction) => ({ title: update.title, reaction })));
    score.misses.push(...result.unmatchedExpected.map((expected) => ({ title: update.title, expected })));
    for (const r of update.reactions) {
      const actor = r.actor === null ? '' : normaliseName(r.actor);
      if (forbidden.some((f) => actor.includes(f))) score.forbiddenHits.push(r);
    }
  }
  // An expected update the parser never produced: all of its reactions are misses.
  for (const u of expectations.updates) {
    if (!seen.has(normaliseText(u.title))) score.misses.push(...u.reactions.map((expected) => ({ title: u.title, expected })));
  }
  score.missingMustHaves = score.misses.map((m) => m.expected).filter((e) => e.mustHave === true);
  return score;
}

export function precision(s: { matches: unknown[]; predicted: number }): number {
  return s.predicted === 0 ? 1 : s.matches.length / s.predicted;
}

export function recall(s: { matches: unknown[]; expected: number }): number {
  return s.expected === 0 ? 1 : s.matches.length / s.expected;
}
