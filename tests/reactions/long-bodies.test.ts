// A body is read up to its first 100,000 characters: a hostile description of tens of
// megabytes once held the loader for minutes. Its own file, away from the robustness
// tests that other branches edit.
import { describe, expect, it } from 'vitest';
import type { Update } from '../../src/model.js';
import { extractReactions } from '../../src/reactions/extract-reactions.js';

function update(body: string): Update {
  return { id: 'id-u1', key: 'u1', sourceId: 'test', time: 1_000, timeText: null, title: '', body, link: null, author: null };
}

describe('an enormous body', () => {
  it('is read only up to its first 100,000 characters', () => {
    const filler = 'Crews cleared the harbour wall overnight.\n\n'.repeat(3_000);
    const body = `“We will rebuild the wall,” Ada Kessel said.\n\n${filler}“This one is too far in,” Ida Venn said.`;
    expect(body.length).toBeGreaterThan(100_000);
    expect(extractReactions(update(body)).map((r) => r.actor)).toEqual(['Ada Kessel']);
  });
});
