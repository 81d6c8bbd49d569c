// Scores (speaker, quote) pairs against labels in the real-world corpus's format. Pure.
//
// A label is found when some reaction's words contain the label's first words and its
// actor is one of the names that count. A reaction's words match a label when, with
// case, quote marks and punctuation ignored, they contain the label's words, or begin
// with them once up to three leading words are dropped (labels sometimes start with the
// reporting verb, which the extractor shows as the stance: "welcomed the move" against
// the statement "the move", stance "welcomes").
// Precision is over the reactions whose words match a label: right actor or wrong. A
// reaction whose words match no label is "unlabelled" (the labels are a sample of what
// each page attributes, not every sentence) and is counted and listed, not scored.
// An actor naming any of `mustNotActors` is always wrong.

export interface PairLabel {
  any: string[];
  quote: string;
}

export interface PageLabels {
  file: string;
  mustActors: PairLabel[];
  mustNotActors: string[];
}

export interface Predicted {
  actor: string | null;
  text: string;
  row: string;
  title: string;
}

export type Verdict = 'right' | 'wrong' | 'forbidden' | 'unlabelled';

export interface ScoredPrediction {
  prediction: Predicted;
  verdict: Verdict;
}

export interface PageScore {
  labels: number;
  found: number;
  missed: PairLabel[];
  predictions: ScoredPrediction[];
}

export function words(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[’'`]/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function nameWords(name: string): string {
  return words(name.replace(/[’']s\b/gu, '')).replace(/^the /u, '');
}

export function textMatches(label: string, text: string): boolean {
  const want = words(label);
  const got = words(text);
  if (want === '' || got === '') return false;
  if (` ${got} `.includes(` ${want} `)) return true;
  const w = want.split(' ');
  for (let drop = 1; drop <= 3 && w.length - drop >= 2; drop++) {
    const rest = w.slice(drop).join(' ');
    if (got === rest || got.startsWith(`${rest} `)) return true;
  }
  return false;
}

export function actorIn(names: readonly string[], actor: string | null): boolean {
  if (actor === null) return false;
  const got = nameWords(actor);
  return names.some((n) => nameWords(n) === got);
}

/** The actor names a forbidden name as whole words ("BBC" in "BBC News", not "PA" in "Paddy"). */
export function forbidden(names: readonly string[], actor: string | null): boolean {
  if (actor === null) return false;
  const got = ` ${nameWords(actor)} `;
  return names.some((n) => got.includes(` ${nameWords(n)} `));
}

export function scorePage(labels: PageLabels, predictions: readonly Predicted[]): PageScore {
  const attributed = predictions.filter((p) => p.actor !== null);
  const scored: ScoredPrediction[] = attributed.map((prediction) => {
    if (forbidden(labels.mustNotActors, prediction.actor)) return { prediction, verdict: 'forbidden' };
    const matching = labels.mustActors.filter((l) => textMatches(l.quote, prediction.text));
    if (matching.length === 0) return { prediction, verdict: 'unlabelled' };
    return { prediction, verdict: matching.some((l) => actorIn(l.any, prediction.actor)) ? 'right' : 'wrong' };
  });
  const missed = labels.mustActors.filter((l) => !attributed.some((p) => textMatches(l.quote, p.text) && actorIn(l.any, p.actor)));
  return { labels: labels.mustActors.length, found: labels.mustActors.length - missed.length, missed, predictions: scored };
}

export interface Tally {
  labels: number;
  found: number;
  right: number;
  wrong: number;
  forbidden: number;
  unlabelled: number;
}

export function tally(scores: readonly PageScore[]): Tally {
  const t: Tally = { labels: 0, found: 0, right: 0, wrong: 0, forbidden: 0, unlabelled: 0 };
  for (const s of scores) {
    t.labels += s.labels;
    t.found += s.found;
    for (const p of s.predictions) t[p.verdict]++;
  }
  return t;
}

export function pairPrecision(t: Tally): number {
  const judged = t.right + t.wrong + t.forbidden;
  return judged === 0 ? 1 : t.right / judged;
}

export function pairRecall(t: Tally): number {
  return t.labels === 0 ? 1 : t.found / t.labels;
}
