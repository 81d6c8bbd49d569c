import { describe, expect, it } from 'vitest';
import type { Reaction } from '../../src/model.js';
import { actorKey, groupReactionsByActor } from '../../src/reactions/group-actors.js';

let n = 0;
function r(actor: string | null, role: string | null, time: number | null, updateKey = `u${time}`, stance = 'says'): Reaction {
  n += 1;
  return { id: `r${n}`, updateId: updateKey, updateKey, actor, role, kind: 'quote', text: `words ${n}`, stance, time };
}

describe('groupReactionsByActor', () => {
  it('folds France, its foreign minister and his short name into one actor with a role', () => {
    const groups = groupReactionsByActor([
      r('France', null, 100, 'a', 'condemns'),
      r('Jean Yves Le Drian', 'Foreign Minister', 100, 'a'),
      r('Jean-Yves Le Drian', "France's foreign minister", 50, 'b'),
      r('Le Drian', null, 200, 'c', 'urges'),
    ]);
    expect(groups).toHaveLength(1);
    const [france] = groups;
    expect(france?.actor).toBe('France');
    expect(france?.aliases).toEqual(['Jean Yves Le Drian', 'Jean-Yves Le Drian', 'Le Drian']);
    expect(france?.role).toBe('Foreign Minister');
    expect(france?.reactions).toHaveLength(4);
    expect(france).toMatchObject({ latestTime: 200, latestStance: 'urges' });
  });

  it('keeps every reaction text of its own', () => {
    const texts = groupReactionsByActor([r('France', null, 1), r('France', null, 2)])[0]?.reactions.map((x) => x.text);
    expect(new Set(texts).size).toBe(2);
  });

  it('treats an acronym and its spelled-out name as one', () => {
    const groups = groupReactionsByActor([r('UN', null, 1), r('United Nations', null, 2)]);
    expect(groups.map((g) => g.actor)).toEqual(['United Nations']);
  });

  it('folds an official into the body their role names', () => {
    const groups = groupReactionsByActor([r('United Nations', null, 1, 'x'), r('Daniel Okafor', 'UN spokesperson', 5, 'y')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ actor: 'United Nations', role: 'UN spokesperson', latestTime: 5 });
  });

  it('does not fold people without an official title into a country in the same update', () => {
    const groups = groupReactionsByActor([r('France', null, 1, 'a'), r('Amina Diallo', 'teacher', 1, 'a')]);
    expect(groups).toHaveLength(2);
  });

  it('does not guess when a surname fits two people', () => {
    const groups = groupReactionsByActor([r('Boubou Cisse', null, 1), r('Haidara Assetou Cisse', null, 2), r('Cisse', null, 3)]);
    expect(groups).toHaveLength(3);
  });

  it('folds a surname said alone into the one person named in full, wherever it sits in the name', () => {
    const groups = groupReactionsByActor([
      r('Moussa Faki Mahamat', null, 1),
      r('Faki', null, 2),
      r('Ibrahim Boubacar Keita', null, 3),
      r('Keita', null, 4),
      r('Mali', null, 5),
      r('Mali PM', null, 6),
    ]);
    expect(groups.map((g) => [g.actor, g.reactions.length])).toEqual([
      ['Mali PM', 1],
      ['Mali', 1],
      ['Ibrahim Boubacar Keita', 2],
      ['Moussa Faki Mahamat', 2],
    ]);
  });

  it('does not fold an official into a surname that belongs to a person named in full', () => {
    const groups = groupReactionsByActor([
      r('Ada Kessel', null, 1, 'a'),
      r('Kessel', null, 2, 'b'),
      r('Teodor Varro', 'assistant secretary at the Roads Department', 3, 'b'),
    ]);
    expect(groups.map((g) => g.actor).sort()).toEqual(['Ada Kessel', 'Teodor Varro']);
  });

  it('orders by latest activity and puts unattributed reactions last', () => {
    const groups = groupReactionsByActor([r(null, null, 999), r('ECOWAS', null, 10), r('Mali', null, 30), r('Togo', null, null)]);
    expect(groups.map((g) => g.actor)).toEqual(['Mali', 'ECOWAS', 'Togo', '']);
    expect(groups[3]?.reactions).toHaveLength(1);
  });

  it('compares names without case, hyphens or a leading article', () => {
    expect(actorKey('The African Union')).toBe(actorKey('african union'));
    expect(actorKey('Jean-Yves Le Drian')).toBe(actorKey('jean yves le drian'));
  });
});
