import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeParagraph, toMarkdown } from '../../src/export/export-markdown.js';
import { sampleDesk } from '../fixtures/sample-desk.js';

describe('toMarkdown', () => {
  const text = toMarkdown(sampleDesk());
  const section = (name: string) => text.split(/^## /mu).find((part) => part.startsWith(name)) ?? '';

  it('has a title, a timeline and a reactions section, in that order', () => {
    expect(text.startsWith('# Kati mutiny, live · Wire: "Mali" \\& \\<friends\\>\n')).toBe(true);
    expect(text.indexOf('## Timeline')).toBeLessThan(text.indexOf('## Reactions'));
    expect(text).toContain('4 updates and 4 reactions from 2 sources, 2020-08-18 16:39 UTC to 2020-08-18 16:40 UTC');
  });

  it('lists each update with its time, escaped title, whole body and link', () => {
    const timeline = section('Timeline');
    expect(timeline).toContain('### 2020-08-18 16:40 UTC · =HYPERLINK\\("http://evil.example","click"\\) \\*bold\\* \\[x\\]\\(y\\)');
    expect(timeline).toContain('*Kati mutiny, live · by Ana Silva*');
    expect(timeline).toContain('First paragraph, with "quotes", commas\nand a line break.\n\nSecond paragraph is not in excerpts.\n');
    expect(timeline).toContain('<https://example.com/live#post-2>');
    // Only http(s) becomes a link.
    expect(timeline).toContain('javascript:alert\\(1\\)');
    expect(timeline).not.toContain('<javascript:');
    expect(timeline).toContain('### Earlier · \\# Not a heading');
    // Newest first, as on the desk.
    expect(timeline.indexOf('16:40 UTC')).toBeLessThan(timeline.indexOf('16:39 UTC'));
  });

  it('groups reactions by actor, folding names of the same actor', () => {
    const reactions = section('Reactions');
    const headings = reactions.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual(['### United Nations — secretary-general', '### France', '### Unattributed']);
    expect(reactions).toContain('*Also named: UN*');
    expect(reactions).toContain('- 2020-08-18 16:39 UTC · says: “Restraint, please.” (in “-1 soldiers? @channel”)');
    expect(reactions).toContain('condemns: “We condemn this.”');
  });

  it('says so when there is nothing to show', () => {
    const empty = toMarkdown({ sources: [], updates: [], reactions: [] });
    expect(empty).toContain('# livedesk record');
    expect(empty).toContain('_No updates recorded._');
    expect(empty).toContain('_No reactions recorded._');
  });
});

describe('Markdown helpers', () => {
  it('escapes inline Markdown and HTML', () => {
    expect(escapeMarkdown('<b>*x*</b> [a](b) `c` &amp;')).toBe('\\<b\\>\\*x\\*\\</b\\> \\[a\\]\\(b\\) \\`c\\` \\&amp;');
    expect(escapeParagraph('- item')).toBe('\\- item');
    expect(escapeParagraph('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- in a heading')).toBe('- in a heading');
  });

  it('keeps every paragraph and line of a long body, none of them read as Markdown', () => {
    const desk = sampleDesk();
    const paragraphs = Array.from({ length: 12 }, (_, n) => `Paragraph ${n + 1}: ${'the night went on '.repeat(30).trim()}.`);
    const body = [...paragraphs, '- not a list item\n1. nor this\n# nor a heading\n    nor code'].join('\n\n');
    const text = toMarkdown({ ...desk, updates: [{ ...desk.updates[0]!, body }] });
    for (const paragraph of paragraphs) expect(text).toContain(`\n\n${paragraph}\n\n`);
    expect(text).toContain('\\- not a list item\n1\\. nor this\n\\# nor a heading\nnor code\n');
  });
});
