// One example per attribution pattern row, all made up for this test: each must come out
// with the speaker and words shown, found by that row. A row without an example here fails
// the last test, so a new pattern is a row in attribution-patterns.ts (or
// discourse-patterns.ts) and a row in this table.
import { describe, expect, it } from 'vitest';
import { SHAPE_ROWS } from '../../src/reactions/attribution-patterns.js';
import { DISCOURSE_ROWS } from '../../src/reactions/discourse-patterns.js';
import { extractTracedReactions } from '../../src/reactions/extract-reactions.js';

interface Example {
  row: string;
  title?: string;
  body: string;
  actor: string;
  /** The reaction's words begin with these. */
  text: string;
}

const EXAMPLES: Example[] = [
  { row: 'quote-said-speaker', body: '“We will reopen the bridge by Friday,” said Oona Orlow.', actor: 'Oona Orlow', text: 'We will reopen the bridge' },
  { row: 'quote-speaker-said', body: '“We will reopen the bridge by Friday,” Oona Orlow, a council spokeswoman, said.', actor: 'Oona Orlow', text: 'We will reopen the bridge' },
  { row: 'quote-speaker-said-quote', body: 'Oona Orlow visited the site. “The bridge is safe,” she said, “and it will stay open all winter.”', actor: 'Oona Orlow', text: 'and it will stay open all winter' },
  { row: 'clause-quote-speaker-said', body: 'Divers found the cables “in far better shape than anyone feared”, the Brenmouth Water Board said.', actor: 'Brenmouth Water Board', text: 'in far better shape than anyone feared' },
  { row: 'speaker-said-colon-quote', body: 'Pavel Quill said: “The levy will not rise this year.”', actor: 'Pavel Quill', text: 'The levy will not rise this year' },
  { row: 'speaker-said-quote', body: 'Pavel Quill said “the levy will not rise this year”.', actor: 'Pavel Quill', text: 'the levy will not rise this year' },
  { row: 'speaker-said-clause-quote', body: 'Pavel Quill said the levy was “frozen until the spring”.', actor: 'Pavel Quill', text: 'frozen until the spring' },
  { row: 'participle-quote', body: 'Pavel Quill defended the budget, calling it “the fairest we have had in years”.', actor: 'Pavel Quill', text: 'the fairest we have had' },
  { row: 'quoted-as-saying-quote', body: 'Local radio quoted Pavel Quill as saying “the levy stays frozen”.', actor: 'Pavel Quill', text: 'the levy stays frozen' },
  { row: 'clause-colon-quote', body: 'The Brenmouth Water Board set out its plan at length: “Pipes first, roads second.”', actor: 'Brenmouth Water Board', text: 'Pipes first, roads second' },
  { row: 'quote-according-to', body: 'The dam “held through the worst of the night”, according to Rhea Castell.', actor: 'Rhea Castell', text: 'held through the worst' },
  { row: 'according-to-quote', body: 'According to Rhea Castell, “the dam held through the worst of the night”.', actor: 'Rhea Castell', text: 'the dam held through' },
  { row: 'quote-colon-speaker', body: '“Keeping the bridge open for everyone”: Oona Orlow reacts to the vote', actor: 'Oona Orlow', text: 'Keeping the bridge open' },
  { row: 'clause-speaker-said', body: 'The bridge will reopen on Friday, the Brenmouth Water Board said.', actor: 'Brenmouth Water Board', text: 'The bridge will reopen on Friday' },
  { row: 'clause-said-speaker', body: 'The levy will be frozen for a year, says Treasurer Pavel Quill.', actor: 'Pavel Quill', text: 'The levy will be frozen' },
  { row: 'parenthetical-said', body: 'The repairs, Rhea Castell said, would take a month.', actor: 'Rhea Castell', text: 'The repairs would take a month' },
  { row: 'speaker-said-clause', body: 'Rhea Castell said the repairs would take a month.', actor: 'Rhea Castell', text: 'the repairs would take a month' },
  { row: 'quoted-as-saying', body: 'Local radio quoted Rhea Castell as saying the repairs would take a month.', actor: 'Rhea Castell', text: 'the repairs would take a month' },
  { row: 'second-verb', body: 'The Brenmouth Water Board condemned the vandalism and urged residents to report damage.', actor: 'Brenmouth Water Board', text: 'residents to report damage' },
  { row: 'participle-statement', body: 'Rhea Castell denied the claim, saying the repairs were on schedule.', actor: 'Rhea Castell', text: 'the repairs were on schedule' },
  { row: 'according-to-statement', body: 'According to the Brenmouth Water Board, the repairs will take a month.', actor: 'Brenmouth Water Board', text: 'the repairs will take a month' },
  { row: 'statement-according-to', body: 'The repairs will take a month, according to the Brenmouth Water Board.', actor: 'Brenmouth Water Board', text: 'The repairs will take a month' },
  { row: 'headline-speaker-verb', title: 'Oona Orlow calls for calm after bridge closure', body: '', actor: 'Oona Orlow', text: 'calm after bridge closure' },
  { row: 'headline-quote-verb-speaker', title: '‘The bridge is safe,’ says Oona Orlow', body: '', actor: 'Oona Orlow', text: '‘The bridge is safe' },
  { row: 'headline-quote-colon-speaker', title: '‘The bridge is safe’: Oona Orlow reacts', body: '', actor: 'Oona Orlow', text: '‘The bridge is safe' },
  { row: 'headline-clause-says-speaker', title: 'Bridge will reopen on Friday, says Oona Orlow', body: '', actor: 'Oona Orlow', text: 'Bridge will reopen on Friday' },
  { row: 'headline-speaker-colon', title: 'Orlow: bridge will reopen on Friday', body: 'Oona Orlow said the bridge would reopen on Friday.', actor: 'Oona Orlow', text: 'bridge will reopen on Friday' },
  { row: 'headline-speaker-quote', title: 'Orlow ‘will not resign’ over bridge', body: 'Oona Orlow said she would not resign.', actor: 'Oona Orlow', text: '‘will not resign’' },
  { row: 'speaker-said-colon-block', body: 'Oona Orlow said:\n\n> The bridge is safe and it will stay open.', actor: 'Oona Orlow', text: 'The bridge is safe' },
  { row: 'speaker-said-block', body: 'Asked about the bridge, Oona Orlow said\n\n> The bridge is safe and it will stay open.', actor: 'Oona Orlow', text: 'The bridge is safe' },
  { row: 'clause-colon-block', body: 'The Brenmouth Water Board issued the following statement:\n\n> The bridge is safe and it will stay open.', actor: 'Brenmouth Water Board', text: 'The bridge is safe' },
  { row: 'continued-quote', body: '“The bridge is safe,” Oona Orlow said. “We checked every cable twice.\n\n“Nobody should be afraid to cross it.”', actor: 'Oona Orlow', text: 'Nobody should be afraid' },
  { row: 'next-sentence-quote', body: '“The bridge is safe,” Oona Orlow said. “We checked every cable twice.”', actor: 'Oona Orlow', text: 'We checked every cable twice' },
  { row: 'signed-block', body: '> The bridge is safe and it will stay open.\n> — Oona Orlow, council leader', actor: 'Oona Orlow', text: 'The bridge is safe' },
];

function found(e: Example): Array<{ row: string; actor: string | null; text: string }> {
  return extractTracedReactions({
    id: 'p', key: 'p', sourceId: 'patterns', time: null, timeText: null, title: e.title ?? '', body: e.body, link: null, author: null,
  }).map((t) => ({ row: t.row, actor: t.reaction.actor, text: t.reaction.text }));
}

describe('attribution patterns, one example each', () => {
  it.each(EXAMPLES)('$row', (e) => {
    expect(found(e)).toContainEqual({ row: e.row, actor: e.actor, text: expect.stringMatching(new RegExp(`^${e.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u')) });
  });

  it('has an example for every row', () => {
    const rows = [...SHAPE_ROWS.map((r) => r.id), ...DISCOURSE_ROWS.map((r) => r.id)];
    expect(rows.filter((id) => !EXAMPLES.some((e) => e.row === id))).toEqual([]);
    expect(new Set(rows).size).toBe(rows.length);
  });
});
