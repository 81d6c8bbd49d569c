import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Reaction, Update } from '../../src/model.js';
import { extractReactions } from '../../src/reactions/extract-reactions.js';
import { findQuotes } from '../../src/reactions/find-quotes.js';
import { describeWithShared, SEED } from '../shared-material.js';
import { seededRandom } from '../fixtures/seeded-random.js';

function update(title: string, body: string, key = 'u1'): Update {
  return { id: `id-${key}`, key, sourceId: 'test', time: 1_000, timeText: null, title, body, link: null, author: null };
}

/** Seed entries start at lines like "16:40 GMT – Title" or "16:07 GMT: Title". */
function seedUpdates(): Map<string, Update> {
  const byTime = new Map<string, { title: string; lines: string[] }>();
  let current: { title: string; lines: string[] } | null = null;
  for (const line of readFileSync(SEED.path, 'utf8').split(/\r?\n/)) {
    const m = /^(\d{1,2}:\d{2}) GMT\s*[–:-]\s*(.+)$/.exec(line);
    if (m !== null) {
      current = { title: m[2] ?? '', lines: [] };
      byTime.set(m[1] ?? '', current);
    } else if (current !== null && line.trim() !== '') {
      current.lines.push(line);
    }
  }
  const updates = new Map<string, Update>();
  for (const [time, entry] of byTime) updates.set(time, update(entry.title, entry.lines.join('\n\n'), time));
  return updates;
}

function only(reactions: Reaction[], actor: string): Reaction[] {
  return reactions.filter((r) => r.actor === actor);
}

function one(title: string, body: string): Reaction {
  const found = extractReactions(update(title, body));
  expect(found).toHaveLength(1);
  return found[0] as Reaction;
}

describeWithShared(SEED, 'the Kati mutiny seed', () => {
  const seed = seedUpdates();
  const at = (time: string): Reaction[] => {
    const u = seed.get(time);
    if (u === undefined) throw new Error(`no ${time} entry in the seed`);
    return extractReactions(u);
  };

  it('has the five timed entries', () => {
    expect([...seed.keys()]).toEqual(['16:40', '16:07', '16:04', '15:50', '15:30']);
  });

  it('16:40: the teacher and the opposition supporter, never Reuters', () => {
    const r = at('16:40');
    const teacher = only(r, 'Haidara Assetou Cisse');
    expect(teacher).toHaveLength(1);
    expect(teacher[0]).toMatchObject({ role: 'teacher', kind: 'quote', stance: 'says', updateKey: '16:40' });
    expect(teacher[0]?.text.startsWith('Whether he’s been arrested or not')).toBe(true);
    expect(teacher[0]?.text).toContain('IBK is finished');
    const supporter = only(r, 'Aboubacar Ibrahim Maiga');
    expect(supporter).toHaveLength(1);
    expect(supporter[0]).toMatchObject({ role: 'opposition supporter', kind: 'quote', stance: 'says' });
    // The quote runs over two sentences.
    expect(supporter[0]?.text).toContain('Because we heard there were shots fired');
  });

  it('16:07: "he said" is Prime Minister Boubou Cisse', () => {
    const quote = at('16:07').find((x) => x.kind === 'quote');
    expect(quote).toMatchObject({ actor: 'Boubou Cisse', role: 'Prime Minister', stance: 'says' });
    expect(quote?.text.startsWith('reflects a certain frustration')).toBe(true);
  });

  it('16:04: Foreign Minister Jean Yves Le Drian, and France condemning', () => {
    const r = at('16:04');
    const drian = only(r, 'Jean Yves Le Drian').filter((x) => x.kind === 'quote');
    expect(drian).toHaveLength(1);
    // "… said in a statement that also urged …": the second stance is a reaction of its own.
    expect(only(r, 'Jean Yves Le Drian').find((x) => x.stance === 'urges')?.text).toContain('return to their barracks');
    expect(drian[0]).toMatchObject({ role: 'Foreign Minister', kind: 'quote' });
    expect(drian[0]?.text.startsWith('France has become aware of the mutiny')).toBe(true);
    // “without delay” is two words: not a quote of its own.
    expect(r.some((x) => x.text === 'without delay')).toBe(false);
    expect(only(r, 'France').every((x) => x.stance === 'condemns')).toBe(true);
    expect(only(r, 'France').length).toBeGreaterThanOrEqual(1);
  });

  it('15:50: "the bloc said" is ECOWAS', () => {
    const ecowas = only(at('15:50'), 'ECOWAS');
    const bloc = ecowas.find((x) => x.text.startsWith('This mutiny comes at a time'));
    expect(bloc).toMatchObject({ kind: 'quote', stance: 'says' });
    expect(ecowas.some((x) => x.stance === 'calls for' && x.text.includes('return to their barracks'))).toBe(true);
  });

  it('never makes an agency, a witness or a photographer an actor', () => {
    const actors = [...seed.values()].flatMap((u) => extractReactions(u)).map((x) => x.actor ?? '');
    for (const banned of [/reuters/i, /associated press/i, /byhre/i, /witness/i]) {
      expect(actors.filter((a) => banned.test(a))).toEqual([]);
    }
  });

  it('15:30 has no reaction: only witnesses and an agency speak', () => {
    expect(at('15:30')).toEqual([]);
  });

  it('fills the bookkeeping fields', () => {
    const r = at('16:40');
    expect(r.map((x) => x.id)).toEqual(r.map((_, n) => `16:40#${n + 1}`));
    expect(r.every((x) => x.updateId === 'id-16:40' && x.time === 1_000)).toBe(true);
  });
});

describe('attribution patterns', () => {
  it('“…,” X said', () => {
    expect(one('', '"We will not leave the square," Amina Diallo said.')).toMatchObject({
      actor: 'Amina Diallo', kind: 'quote', stance: 'says', text: 'We will not leave the square',
    });
  });

  it('“…,” said X', () => {
    expect(one('', '“We will not leave the square,” said Amina Diallo.').actor).toBe('Amina Diallo');
  });

  it('X said: “…”', () => {
    expect(one('', 'Amina Diallo said: “We will not leave the square.”').actor).toBe('Amina Diallo');
  });

  it('X told Reuters: “…” names X, not the agency', () => {
    expect(one('', 'Moussa Traore told Reuters: “The army must go back to its bases.”').actor).toBe('Moussa Traore');
  });

  it('“…”, X told reporters', () => {
    expect(one('', '“The talks have failed”, Kofi Mensah told reporters.').actor).toBe('Kofi Mensah');
  });

  it('X said in a statement that … “…”', () => {
    const r = one('', 'Angela Merkel said in a statement that the coup was “a dark day for democracy”.');
    expect(r).toMatchObject({ actor: 'Angela Merkel', text: 'a dark day for democracy', kind: 'quote' });
  });

  it('a pronoun points to the latest named actor of the body', () => {
    const r = extractReactions(update('Talks in Accra', [
      'Foreign Minister Shirley Botchwey welcomed the talks.',
      'In a statement, she said the bloc “will not accept any unconstitutional change”.',
    ].join('\n\n')));
    expect(r.find((x) => x.kind === 'quote')).toMatchObject({ actor: 'Shirley Botchwey', role: 'Foreign Minister' });
  });

  it('a pronoun falls back to the actor of the headline', () => {
    const all = extractReactions(update('Guterres condemns coup attempt', '“This is unacceptable and must stop now,” he said.'));
    expect(all.find((x) => x.kind === 'quote')?.actor).toBe('Guterres');
  });

  it('"the ministry" points back to an organisation or country', () => {
    const r = extractReactions(update('', 'Senegal urged calm. “We stand with the people of Mali,” the ministry said.'));
    expect(r.find((x) => x.kind === 'quote')?.actor).toBe('Senegal');
  });

  it('apposition and lower-case roles', () => {
    expect(one('', '“It is over for them,” Fatou Keita, a nurse, said.')).toMatchObject({ actor: 'Fatou Keita', role: 'nurse' });
    expect(one('', '“It is over for them,” market trader Ali Coulibaly said.')).toMatchObject({
      actor: 'Ali Coulibaly', role: 'market trader',
    });
  });

  it('titles before a name become the role; nationality is dropped', () => {
    expect(one('', '“Calm must return today,” Malian Prime Minister Boubou Cisse said.')).toMatchObject({
      actor: 'Boubou Cisse', role: 'Prime Minister',
    });
    expect(one('', 'UN Secretary-General Antonio Guterres said: “Soldiers must return to barracks.”')).toMatchObject({
      actor: 'Antonio Guterres', role: 'UN Secretary-General',
    });
  });

  it('a quote with nobody attached still counts, with a null actor', () => {
    expect(one('', 'Crowds chanted “down with the government” for hours.')).toMatchObject({ actor: null, kind: 'quote' });
  });
});

describe('quote marks and apostrophes', () => {
  it('apostrophes never open or close quotes', () => {
    expect(findQuotes('Mali’s president didn’t resign in the 90’s, and the soldiers’ demands don\'t change.')).toEqual([]);
  });

  it('single scare-quoted words are not reactions', () => {
    expect(extractReactions(update('France condemns the ‘mutiny’', 'The army called it a \'mutiny\'.'))
      .filter((x) => x.kind === 'quote')).toEqual([]);
  });

  it('a plural possessive inside a single-quoted quote does not cut it short', () => {
    expect(one('', '‘The soldiers’ demands are fair and just,’ Modibo Keita said.').text).toBe('The soldiers’ demands are fair and just');
  });

  it('all four kinds of marks are read', () => {
    for (const [open, close] of [['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"]] as const) {
      expect(one('', `${open}We want a new government now,${close} Ibrahim Sow said.`).text).toBe('We want a new government now');
    }
  });
});

describe('outlets and credits are never actors', () => {
  it.each([
    '“Gunfire was heard all night,” Reuters said.',
    '“The streets are empty now,” an AFP correspondent said.',
    '“We saw tanks near the base,” a Reuters witness said.',
    'The Associated Press said: “Three people were hurt in the clashes.”',
    '“We saw tanks near the base,” witnesses told Al Jazeera.',
  ])('%s', (body) => {
    expect(one('', body).actor).toBeNull();
  });

  it('a photo credit in brackets is ignored', () => {
    expect(extractReactions(update('', 'Soldiers in Kati on Tuesday [Rey Byhre/Reuters]'))).toEqual([]);
  });
});

describe('statements without quotation marks', () => {
  it('reads headlines', () => {
    expect(one('Mali PM calls for dialogue', '')).toMatchObject({
      actor: 'Mali PM', kind: 'statement', stance: 'calls for', text: 'dialogue',
    });
  });

  it('reads "X denounced …" and "X called on …"', () => {
    expect(one('', 'Nigeria denounced the attack on the presidential palace.')).toMatchObject({
      actor: 'Nigeria', stance: 'condemns', kind: 'statement', text: 'the attack on the presidential palace',
    });
    expect(one('', 'The African Union called on the soldiers to free the president.')).toMatchObject({
      actor: 'African Union', stance: 'calls for', text: 'the soldiers to free the president',
    });
  });

  it('splits `“…,” he said. “…”` into two reactions of one actor', () => {
    const r = extractReactions(update('', 'Assimi Goita spoke on state television. “We are ready to talk,” he said. “But the soldiers must return to barracks first.”'));
    const quotes = r.filter((x) => x.kind === 'quote');
    expect(quotes.map((x) => x.actor)).toEqual(['Assimi Goita', 'Assimi Goita']);
    expect(quotes[1]?.text).toBe('But the soldiers must return to barracks first.');
  });

  it('reads a block quote signed on the next line', () => {
    const r = one('', '“We will rebuild this country together, step by step.”\n— Assimi Goita, junta leader');
    expect(r).toMatchObject({ actor: 'Assimi Goita', role: 'junta leader', kind: 'quote', text: 'We will rebuild this country together, step by step.' });
  });
});

describe('robustness', () => {
  const pieces = [
    '“', '”', '‘', '’', '"', "'", '«', '»', ' ', ' ', ' ', ',', '.', ':', '!', '?', '\n', '\n\n', '— ', '[', ']', '/',
    'said', 'told', 'he', 'the bloc', 'called on', 'Reuters', 'Prime Minister', 'Jean', 'Cisse', 'a teacher',
    'don’t', 'Mali’s', 'The', 'of', 'in a statement', 'urged', 'ECOWAS', 'x', 'é', '\u0000', '🙂', 'al-', 'von',
  ];

  it('never throws on random text and keeps every field well formed', () => {
    const rand = seededRandom(20200818);
    for (let n = 0; n < 1500; n++) {
      const make = (len: number): string =>
        Array.from({ length: len }, () => pieces[Math.floor(rand() * pieces.length)] ?? '').join('');
      const u = update(make(Math.floor(rand() * 12)), make(Math.floor(rand() * 120)), `r${n}`);
      const found = extractReactions(u);
      for (const r of found) {
        expect(r.text.trim()).not.toBe('');
        expect(['quote', 'statement']).toContain(r.kind);
        expect(r.updateKey).toBe(`r${n}`);
      }
    }
  });

  // Backtracking over these runs took minutes; the test's timeout is the guard, the speed is the benchmark's.
  it('finishes on long runs of unmatched marks', { timeout: 10_000 }, () => {
    const nasty = '‘a '.repeat(20_000) + '"b '.repeat(20_000) + 'Smith, a, said '.repeat(5_000);
    for (const reaction of extractReactions(update(nasty, nasty))) expect(reaction.text.trim()).not.toBe('');
  });
});
