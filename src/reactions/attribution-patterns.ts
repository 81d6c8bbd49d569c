// The attribution patterns, one row each. A sentence row is a regular expression over
// the sentence's element codes (read-elements.ts) with named groups: `s` the speaker,
// `v` the verb, `q` the quotation, `rest`/`rest2` the reported words of a statement.
// U is "as saying" after its speaker ("quoted her as saying").
// Rows that read across blocks (a block quote after "She said:", a quote continued
// over paragraphs) are in discourse-patterns.ts. A new pattern is a new row here and
// a row in tests/reactions/attribution-patterns.test.ts.

export interface ShapeRow {
  id: string;
  set: 'body' | 'headline';
  kind: 'quote' | 'statement';
  shape: RegExp;
  score: number;
  /** The shape in words. */
  example: string;
  /** Headline shorthand: kept only if the body gives the same speaker a reaction too. */
  confirm?: boolean;
  /** The speaker and a verb of saying close the sentence: nothing but where and when may follow. */
  trailing?: boolean;
}

// Where a quotation can open a clause: the sentence's start or punctuation.
const CLAUSE_START = '(?<=^|[,:;.\\-])';
// A comma closing an apposition, or a relative clause, may stand between a speaker and the
// verb: "Jane Doe, a ministry spokesperson, said", "Sam Roe, who runs it, said".
const REL = ',?(?:r,)?';

export const SHAPE_ROWS: readonly ShapeRow[] = [
  // Quotations, speaker after.
  { id: 'quote-said-speaker', set: 'body', kind: 'quote', score: 0.95, example: '“…,” said Jane Doe.',
    shape: new RegExp(`${CLAUSE_START}(?<q>Q),?(?<v>V)(?<s>S)`, 'd') },
  { id: 'quote-speaker-said', set: 'body', kind: 'quote', score: 0.95, example: '“…,” Jane Doe, a ministry spokesperson, said.',
    shape: new RegExp(`${CLAUSE_START}(?<q>Q),?(?<s>S)${REL}(?<v>V)`, 'd') },
  { id: 'quote-speaker-said-quote', set: 'body', kind: 'quote', score: 0.9, example: '“…,” she said, “…”',
    shape: new RegExp(`Q,?(?<s>S)(?<v>V),(?<q>Q)`, 'd') },
  { id: 'clause-quote-speaker-said', set: 'body', kind: 'quote', score: 0.85, example: 'He took the decision to “…”, the agency said.',
    shape: new RegExp(`^[^V]*?(?<q>Q)[^VQS]*?,?(?<s>S)${REL}(?<v>V)`, 'd') },
  // Quotations, speaker before.
  { id: 'speaker-said-colon-quote', set: 'body', kind: 'quote', score: 0.95, example: 'Jane Doe said: “…”',
    shape: new RegExp(`(?<s>S)${REL}(?<v>V)[^Q.:]*:(?<q>Q)`, 'd') },
  { id: 'speaker-said-quote', set: 'body', kind: 'quote', score: 0.9, example: 'Jane Doe said “…” / said that “…”',
    shape: new RegExp(`(?<s>S)${REL}(?<v>V)[,t\\-]?(?<q>Q)`, 'd') },
  { id: 'speaker-said-clause-quote', set: 'body', kind: 'quote', score: 0.85, example: 'She said the plan was “…”',
    shape: new RegExp(`(?<s>S)${REL}(?<v>V)t?[^Q.:;VG]*?(?<q>Q)`, 'd') },
  { id: 'participle-quote', set: 'body', kind: 'quote', score: 0.75, example: '…, he said, adding “…” / calling it “…”',
    shape: new RegExp(`(?:^|[,ABQ])(?<s>S)${REL}(?:[^G.:,A]|[,A](?![SG]))*?,?(?<v>G)t?[^Q.:]*?(?<q>Q)`, 'd') },
  { id: 'quoted-as-saying-quote', set: 'body', kind: 'quote', score: 0.85, example: 'Local media quoted her as saying “…”',
    shape: new RegExp(`(?<s>S)w?A?(?<v>U)[^Q.:]*?(?<q>Q)`, 'd') },
  { id: 'clause-colon-quote', set: 'body', kind: 'quote', score: 0.7, example: 'The union set out its demands: “…”',
    shape: new RegExp(`^(?:[^:SV]*,)?(?<s>S)[^Q:.S]*:(?<q>Q)`, 'd') },
  { id: 'quote-according-to', set: 'body', kind: 'quote', score: 0.8, example: '“…”, according to Jane Doe.',
    shape: new RegExp(`(?<q>Q)[^T.]*?T(?<s>S)`, 'd') },
  { id: 'according-to-quote', set: 'body', kind: 'quote', score: 0.8, example: 'According to Jane Doe, “…”',
    shape: new RegExp(`T(?<s>S),[^Q.]*?(?<q>Q)`, 'd') },
  { id: 'quote-colon-speaker', set: 'body', kind: 'quote', score: 0.9, example: '“…”: Jane Doe reacts',
    shape: new RegExp(`^(?<q>Q):(?<s>S)(?<v>V)?`, 'd') },

  // Statements without quotation marks (or with a quoted fragment inside).
  { id: 'clause-speaker-said', set: 'body', kind: 'statement', score: 0.9, example: '…, the ministry said.', trailing: true,
    shape: new RegExp(`^(?<rest>.+?),(?<s>S)${REL}(?<v>V)[^QVS:]*$`, 'd') },
  { id: 'clause-said-speaker', set: 'body', kind: 'statement', score: 0.85, example: '… says Chancellor Jane Doe.',
    shape: new RegExp(`^(?<rest>[^V]*[^VS,]),?(?<v>V)(?<s>S)\\.?$`, 'd') },
  { id: 'parenthetical-said', set: 'body', kind: 'statement', score: 0.8, example: 'One reason, the spokeswoman said, was …',
    shape: new RegExp(`^(?<rest>[^,V]+),(?<s>S)(?<v>V),(?<rest2>[^.]+)`, 'd') },
  { id: 'speaker-said-clause', set: 'body', kind: 'statement', score: 0.8, example: 'Jane Doe said the talks had failed.',
    shape: new RegExp(`^(?:[^V:]*[,AB])?(?<s>S)${REL}(?<v>V)t?(?<rest>[^.:]*[wSCqO][^:]*?)\\.?$`, 'd') },
  { id: 'quoted-as-saying', set: 'body', kind: 'statement', score: 0.85, example: 'Local media quoted her as saying …',
    shape: new RegExp(`(?<s>S)w?A?(?<v>U)t?(?<rest>[^.Q]+)`, 'd') },
  { id: 'second-verb', set: 'body', kind: 'statement', score: 0.8, example: 'She called on … and urged …',
    shape: new RegExp(`(?<s>S)${REL}V[^.]*?A(?<v>V)t?(?<rest>[^.]+)`, 'd') },
  { id: 'participle-statement', set: 'body', kind: 'statement', score: 0.75, example: 'He denied it, saying …',
    shape: new RegExp(`(?<s>S)${REL}V[^G.]*,(?<v>G)t?(?<rest>[^.Q]+)`, 'd') },
  { id: 'according-to-statement', set: 'body', kind: 'statement', score: 0.8, example: 'According to Jane Doe, …',
    shape: new RegExp(`^T(?<s>S),(?<rest>.+)$`, 'd') },
  { id: 'statement-according-to', set: 'body', kind: 'statement', score: 0.8, example: '…, according to Jane Doe.',
    shape: new RegExp(`^(?<rest>[^T]+?),?T(?<s>S)\\.?$`, 'd') },

  // Headlines, read as the desk's summary of a statement.
  { id: 'headline-speaker-verb', set: 'headline', kind: 'statement', score: 0.85, example: 'Minister calls for calm',
    shape: new RegExp(`^(?:[^:]*:)?(?:[^VQ]*[AB])?(?<s>S)(?<v>V)t?(?<rest>.+)$`, 'd') },
  { id: 'headline-quote-verb-speaker', set: 'headline', kind: 'statement', score: 0.85, example: '‘…,’ admits minister',
    shape: new RegExp(`^(?<q>Q),?(?<v>V)(?<s>S)`, 'd') },
  { id: 'headline-quote-colon-speaker', set: 'headline', kind: 'statement', score: 0.8, example: '‘…’: Jane Doe reacts',
    shape: new RegExp(`^(?<q>Q):(?<s>S)(?<v>V)?`, 'd') },
  { id: 'headline-clause-says-speaker', set: 'headline', kind: 'statement', score: 0.8, example: 'Talks have failed, says minister',
    shape: new RegExp(`^(?<rest>[^V]+?),?(?<v>V)(?<s>S)$`, 'd') },
  { id: 'headline-speaker-colon', set: 'headline', kind: 'statement', score: 0.75, confirm: true, example: 'Jane Doe: talks have failed',
    shape: new RegExp(`^(?<s>S):(?<rest>.+)$`, 'd') },
  { id: 'headline-speaker-quote', set: 'headline', kind: 'statement', score: 0.6, confirm: true, example: 'Doe ‘will not resign’',
    shape: new RegExp(`^(?<s>S)(?<q>Q)`, 'd') },
];
