// Who a sentence mentions, and how: names, titles, role phrases, appositions, outlets.
// Every sentence is made up for this test.
import { describe, expect, it } from 'vitest';
import { chunkMentions } from '../../src/reactions/chunk-mentions.js';
import type { Mention } from '../../src/reactions/mention.js';
import { readBlocks } from '../../src/reactions/tokenise.js';

interface Seen {
  kind: Mention['kind'];
  name: string | null;
  role: string | null;
  org: boolean | null;
  owner?: string | null;
}

function mentions(sentence: string, headline = false): Seen[] {
  const [b] = headline ? readBlocks(sentence, '') : readBlocks('', sentence);
  if (b === undefined) return [];
  return chunkMentions(b.tokens, 0, b.tokens.length, headline).map((m) => ({
    kind: m.kind, name: m.name, role: m.role, org: m.org, ...(m.owner !== null ? { owner: m.owner.name ?? m.owner.role } : {}),
  }));
}

describe('names', () => {
  it('splits a title from the name and drops a nationality in front of it', () => {
    expect(mentions('Chilean Transport Minister Ada Kessel spoke.')[0]).toMatchObject({ kind: 'name', name: 'Ada Kessel', role: 'Transport Minister', org: false });
  });

  it('keeps particles and initials in a name', () => {
    expect(mentions('Maria van der Sefton met J. Ostrow.').map((m) => m.name)).toEqual(['Maria van der Sefton', 'J Ostrow']);
  });

  it('reads a capitalised auxiliary as a first name before a surname', () => {
    expect(mentions('Will Harker said so.')[0]?.name).toBe('Will Harker');
  });

  it('joins an organisation’s name over "of" and "and", and keeps its acronym', () => {
    const [m] = mentions('The Department of Roads and Bridges (DRB) said so.');
    expect(m).toMatchObject({ name: 'Department of Roads and Bridges', org: true });
  });

  it('does not join two names with "and"', () => {
    expect(mentions('Kessel and Ostrow met.').map((m) => m.name)).toEqual(['Kessel', 'Ostrow']);
  });

  it('reads a title alone as a role', () => {
    expect(mentions('Chile PM calls for calm', true)[0]).toMatchObject({ kind: 'role', role: 'Chile PM', owner: 'Chile' });
  });
});

describe('role phrases and appositions', () => {
  it('a role in lower case before a name is the name’s role', () => {
    expect(mentions('Harbour spokesperson Ida Venn said so.')[0]).toMatchObject({ name: 'Ida Venn', role: 'Harbour spokesperson', owner: 'Harbour' });
  });

  it('"Name, role," and "role, Name,"', () => {
    expect(mentions('Ida Venn, chief executive of the Harbour Trust, said so.')[0]).toMatchObject({ name: 'Ida Venn', role: 'chief executive of the Harbour Trust', owner: 'Harbour Trust' });
    expect(mentions('The head of the Harbour Trust, Ida Venn, said so.')[0]).toMatchObject({ name: 'Ida Venn', role: 'head of the Harbour Trust' });
  });

  it('"Name, a midwife," and "Name, 52," describe the name before them', () => {
    expect(mentions('Ida Venn, a midwife, said so.')[0]).toMatchObject({ name: 'Ida Venn', role: 'midwife' });
    expect(mentions('Ida Venn, 52, said so.')[0]).toMatchObject({ name: 'Ida Venn' });
  });

  it('"one of the protesters, Name"', () => {
    expect(mentions('said one of the protesters, Ida Venn.')[0]).toMatchObject({ name: 'Ida Venn', role: 'protesters' });
  });

  it('a possessor owns the role after it', () => {
    expect(mentions('Kessel’s spokesperson said so.')[0]).toMatchObject({ kind: 'role', role: 'spokesperson', owner: 'Kessel' });
    expect(mentions('Ruritania’s Port Authority said so.')[0]).toMatchObject({ kind: 'name', name: 'Port Authority', owner: 'Ruritania' });
  });

  it('a place after a name says where, not who', () => {
    expect(mentions('The St Hild Hospital in northern Ruritania said so.')[0]).toMatchObject({ name: 'St Hild Hospital' });
  });

  it('does not give a place in a phrase the role that follows it', () => {
    expect(mentions('Speaking at Castle Harrow, the prime minister said so.').map((m) => m.name ?? m.role)).toEqual(['Castle Harrow', 'prime minister']);
  });
});

describe('who never speaks as an actor', () => {
  it.each([
    ['Reuters reported it.', 'Reuters'],
    ['The Harbour Gazette reported it.', 'Harbour Gazette'],
    ['she told the national broadcaster RTX.', 'RTX'],
    ['BBC Ruritania reported it.', 'BBC Ruritania'],
  ])('%s', (sentence, name) => {
    expect(mentions(sentence)).toContainEqual(expect.objectContaining({ kind: 'outlet', name }));
  });

  it('crowds, capitalised or not', () => {
    expect(mentions('Witnesses said so.')[0]?.kind).toBe('crowd');
    expect(mentions('the protesters said so.')[0]?.kind).toBe('crowd');
  });
});
