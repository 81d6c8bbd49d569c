// The development set: real articles and live blogs from ../shared/corpus/realworld, read
// by the evaluation's page reader and scored as (speaker, quote) pairs against their labels.
// Runs when the corpus is beside the repository (set LIVEDESK_CORPUS to read it from
// elsewhere), and is reported as skipped when it is not.
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadPages, REALWORLD_EVAL_DIR } from '../../eval/realworld/load-pages.js';
import { pairPrecision, pairRecall, scorePage, tally } from '../../eval/realworld/score-pairs.js';
import { extractTracedReactions } from '../../src/reactions/extract-reactions.js';
import { describeWithShared, REALWORLD } from '../shared-material.js';

describeWithShared(REALWORLD, 'real pages, development set', () => {
  const corpus = REALWORLD.path;
  const pages = [...loadPages(path.join(corpus, 'articles')), ...loadPages(path.join(REALWORLD_EVAL_DIR, 'dev'))];
  const scores = pages.map((p) =>
    scorePage(p.labels, p.updates.flatMap((u) => extractTracedReactions(u).map((t) => ({ actor: t.reaction.actor, text: t.reaction.text, row: t.row, title: u.title })))),
  );
  const all = tally(scores);

  it('reads every labelled page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(all.labels).toBeGreaterThan(90);
  });

  it('finds at least 85% of the labelled pairs with at least 90% of attributions right', () => {
    expect(pairRecall(all)).toBeGreaterThanOrEqual(0.85);
    expect(pairPrecision(all)).toBeGreaterThanOrEqual(0.9);
  });

  it('never makes an agency, an outlet, a byline or a photographer an actor', () => {
    expect(scores.flatMap((s) => s.predictions.filter((p) => p.verdict === 'forbidden').map((p) => p.prediction.actor))).toEqual([]);
  });
});
