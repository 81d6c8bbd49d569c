// A desk with two sources and the text exports must survive: quotes, commas,
// newlines, Markdown and formula characters, an undated update.
import type { Update } from '../../src/model.js';
import type { Desk } from '../../src/sources/load-sources.js';
import { makeReaction, makeSource, makeUpdates, START } from '../fixtures/make-updates.js';

export function sampleDesk(): Desk {
  const blog = makeSource('blog', 'Kati mutiny, live');
  const wire = { ...makeSource('wire', 'Wire: "Mali" & <friends>'), kind: 'rss' as const, location: 'https://example.com/wire.rss' };
  const [first, second] = makeUpdates(2, 'blog');
  const tricky: Update = {
    ...first!,
    title: '=HYPERLINK("http://evil.example","click") *bold* [x](y)',
    body: 'First paragraph, with "quotes", commas\nand a line break.\n\nSecond paragraph is not in excerpts.',
    link: 'https://example.com/live#post-2',
    author: 'Ana Silva',
  };
  const wireUpdate: Update = {
    ...makeUpdates(1, 'wire')[0]!,
    time: START - 30_000,
    title: '-1 soldiers? @channel',
    link: 'javascript:alert(1)',
  };
  const undated: Update = { ...second!, id: 'x', key: 'blog\u0000x', time: null, timeText: 'Earlier', title: '# Not a heading' };
  const updates = [tricky, wireUpdate, second!, undated];
  const reactions = [
    { ...makeReaction(tricky, 1, 'United Nations', 'We urge calm.'), role: 'secretary-general' },
    makeReaction(wireUpdate, 1, 'UN', 'Restraint, please.'),
    { ...makeReaction(second!, 1, 'France', 'We condemn this.'), stance: 'condemns', kind: 'statement' as const },
    makeReaction(second!, 2, null, 'Nobody said this.'),
  ];
  return { sources: [blog, wire], updates, reactions };
}
