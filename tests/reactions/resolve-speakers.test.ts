// Tracing a speaker back through the update, and leaving a quote unattributed rather than
// guessing. Every text is made up for this test.
import { describe, expect, it } from 'vitest';
import type { Reaction } from '../../src/model.js';
import { extractReactions } from '../../src/reactions/extract-reactions.js';

function read(body: string, title = ''): Reaction[] {
  return extractReactions({ id: 'r', key: 'r', sourceId: 's', time: 5, timeText: null, title, body, link: null, author: null });
}

const actorOf = (reactions: Reaction[], words: string): string | null | undefined => reactions.find((r) => r.text.includes(words))?.actor;

describe('pronouns', () => {
  it('"he" is the person being interviewed, not the interviewer', () => {
    const r = read('At the harbour forum, Sam Kessel was being interviewed by a predecessor, Teodor Varro. He said\n\n> The port will stay open through the winter.');
    expect(actorOf(r, 'The port will stay open')).toBe('Sam Kessel');
  });

  it('"she said" after a quote that opens with someone else’s name is the one before', () => {
    const body = 'Senator Ada Kessel spoke first.\n\nThe governor cared more about “winning the argument than fixing the roads,” she said.';
    expect(actorOf(read(body), 'winning the argument')).toBe('Ada Kessel');
  });

  it('"it added" is the body named before', () => {
    const body = 'The Harbour Trust said the works would end in May. “The delay was caused by the storms,” it added.';
    expect(actorOf(read(body), 'The delay was caused')).toBe('Harbour Trust');
  });
});

describe('descriptions that point back', () => {
  it('"the agency" and "the company" are the body named before', () => {
    expect(actorOf(read('The Coastal Survey Office published its findings. Erosion had doubled, the agency said.'), 'Erosion had doubled')).toBe('Coastal Survey Office');
    expect(actorOf(read('Orrin Foods cut 200 jobs. “Demand has collapsed,” the company said.'), 'Demand has collapsed')).toBe('Orrin Foods');
  });

  it('"a spokesperson for the company" speaks for the company', () => {
    const body = 'Orrin Foods cut 200 jobs on Monday.\n\nA spokesperson for the company added: “We regret every one of these losses.”';
    expect(actorOf(read(body), 'We regret every one')).toBe('Orrin Foods');
  });

  it('"the veteran lawmaker" is the one who spoke just before', () => {
    const body = 'Senator Ada Kessel opened the hearing. “We have waited long enough,” the veteran lawmaker said.';
    expect(actorOf(read(body), 'We have waited long enough')).toBe('Ada Kessel');
  });

  it('"the prosecutor" is not the defendant named just before', () => {
    const body = 'Bram Ribble, 34, admitted the charge. The prosecutor said the theft had been planned for weeks.';
    expect(actorOf(read(body), 'the theft had been planned')).toBe('prosecutor');
  });

  it('a body with its own description is an actor of its own', () => {
    expect(actorOf(read('Orrin Foods cut 200 jobs. The regional health ministry said clinics would stay open.'), 'clinics would stay open')).toBe('regional health ministry');
  });
});

describe('the name, not the place or the title', () => {
  it('"said <place> <role> <Name>" is the name', () => {
    const r = read('“We will rebuild the bridge,” said Harrowgate mayor Lena Brook.');
    expect(r[0]).toMatchObject({ actor: 'Lena Brook', role: 'Harrowgate mayor' });
  });

  it('Reuters order: “…,” Name, a ministry spokesperson, said.', () => {
    expect(read('“The border stays closed,” Teodor Varro, a ministry spokesperson, said.')[0]).toMatchObject({ actor: 'Teodor Varro', role: 'ministry spokesperson' });
  });

  it('a title in the headline is the person the body names with it, even if only in passing', () => {
    const r = read('More now on Harbour spokesman Teodor Varro, who has tested positive.\n\n“Yes, I am ill,” he was quoted as saying.', '‘I am ill,’ admits Harbour spokesman');
    expect(r.map((x) => x.actor)).toEqual(['Teodor Varro', 'Teodor Varro']);
  });

  it('a title in the headline is the person the body names with it', () => {
    const r = read('Chilean Prime Minister Ada Kessel told parliament the budget would pass.', 'Chile PM vows budget will pass');
    expect(r.map((x) => x.actor)).toEqual(['Ada Kessel', 'Ada Kessel']);
  });
});

describe('wire style', () => {
  it('"said Tuesday that …" and "said Sen. Jane Roe, R-Iowa"', () => {
    expect(read('President Ada Kessel said Tuesday that the bill would pass.')[0]).toMatchObject({ actor: 'Ada Kessel', text: 'the bill would pass' });
    expect(read('“We will not yield,” said Sen. Jane Roe, R-Iowa.')[0]?.actor).toBe('Jane Roe');
  });

  it('a body named in one paragraph does not speak for the next one’s', () => {
    const r = read('Ruritania’s Foreign Ministry said the talks were over.\n\nPolice said a man was arrested late Monday.\n\n“We are heartbroken,” the family said in a statement.');
    expect(r.map((x) => x.actor)).toEqual(['Foreign Ministry', 'Police', null]);
  });

  it('a word the lexicon does not know, between a name and a full name, is a role', () => {
    const r = read('Orchard beekeeper Ida Venn said the swarm had left 12 hives by noon.\n\n“The frost came early,” she said.');
    expect(r.map((x) => [x.actor, x.role])).toEqual([['Ida Venn', 'Orchard beekeeper'], ['Ida Venn', 'Orchard beekeeper']]);
  });
});

describe('quotes over paragraphs and block quotes', () => {
  it('"X said:" then a separate block quote', () => {
    const r = read('Asked about the bridge, Lena Brook said:\n\n> We will rebuild it stone by stone.\n\n> Nobody will be left out.');
    expect(r.map((x) => [x.actor, x.text])).toEqual([
      ['Lena Brook', 'We will rebuild it stone by stone.'],
      ['Lena Brook', 'Nobody will be left out.'],
    ]);
  });

  it('a quote carried on over paragraphs is the same speaker’s, paragraph by paragraph', () => {
    const r = read('“We played well,” the coach, Lena Brook, said. “The crowd carried us through the second half\n\n“And we will need them again on Sunday.”');
    expect(r.map((x) => x.actor)).toEqual(['Lena Brook', 'Lena Brook', 'Lena Brook']);
  });
});

describe('left unattributed rather than guessed', () => {
  it('a quotation nobody is said to have said keeps no actor', () => {
    expect(read('Crowds chanted “open the gates now” until dawn.')).toEqual([expect.objectContaining({ actor: null, kind: 'quote' })]);
  });

  it('an unnamed official is nobody’s name; the description is kept as the role', () => {
    expect(read('“The talks are over,” a senior official said.')[0]).toMatchObject({ actor: null, role: 'senior official' });
  });

  it('a bare occupation in a headline names nobody', () => {
    expect(read('', 'Bridge was unsafe for years, engineer says')[0]?.actor ?? null).toBeNull();
  });

  it('a term in quotes is nobody’s words', () => {
    expect(read('The plan includes a so-called “sunset clause for river rights” that lapses in May.')).toEqual([]);
  });
});

describe('agencies, outlets, bylines and credits are never actors', () => {
  it.each([
    '“The square is empty,” Reuters said.',
    '“The square is empty,” an AFP correspondent said.',
    '“We saw smoke,” a Reuters witness said.',
    'The square was empty, the Harbour Gazette reported.',
    '“We saw smoke,” witnesses told the national broadcaster RTX.',
    'Crews worked all night. Photograph: Harbour Press',
    'Crews worked all night (Lena Brook/Getty Images)',
  ])('%s', (body) => {
    expect(read(body).filter((r) => r.actor !== null)).toEqual([]);
  });

  it('"…, Reuters reports" leaves the speaker inside the sentence', () => {
    expect(read('Ada Kessel said the port would reopen, Reuters reports.')[0]).toMatchObject({ actor: 'Ada Kessel', text: 'the port would reopen' });
    expect(read('A spokeswoman for the Harbour Trust said the port would reopen, reports Ida Venn for Harbour Radio in Lisbon.')[0])
      .toMatchObject({ actor: 'Harbour Trust', text: 'the port would reopen' });
  });
});
