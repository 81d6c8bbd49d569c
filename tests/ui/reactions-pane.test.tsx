import { afterEach, describe, expect, it } from 'vitest';
import type { Update } from '../../src/model.js';
import { foldRepeatedReactions } from '../../src/state/repeated-reactions.js';
import { App } from '../../src/ui/App.js';
import { makeReaction, makeSource, makeUpdates, START } from '../fixtures/make-updates.js';
import { lineWith, renderApp } from './ink-harness.js';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** One development told by a wire and a blog ten minutes apart, each quoting the same people. */
function oneStoryTwice() {
  const story = (sourceId: string, minutes: number, title: string): Update => ({
    ...makeUpdates(1, sourceId)[0]!,
    time: START + minutes * 60_000,
    title,
  });
  const wire = story('wire', 0, 'ECOWAS closes borders with Mali after the mutiny');
  const blog = story('blog', 10, 'ECOWAS closes its borders with Mali after mutiny');
  const reactions = [
    makeReaction(wire, 0, 'ECOWAS', 'We call on the soldiers to return to their barracks without delay'),
    makeReaction(blog, 0, 'Ecowas', 'We call on the soldiers to return to their barracks'),
    makeReaction(blog, 1, 'Boubou Cisse', 'The government asks the soldiers to lay down their arms'),
  ];
  return { wire, blog, reactions, updates: [blog, wire] };
}

describe('reactions of one story from two outlets', () => {
  it('are folded into the version shown, counted, and what only the copy reports stays', () => {
    const { wire, blog, reactions } = oneStoryTwice();
    const folded = foldRepeatedReactions(reactions, new Map([[wire.key, [blog]]]));
    expect(folded.reactions.map((reaction) => reaction.actor)).toEqual(['ECOWAS', 'Boubou Cisse']);
    expect(folded.alsoIn.get(reactions[0]!.id)).toBe(1);
  });

  it('show once in the pane, with +1 source, as the timeline shows the story', async () => {
    const { reactions, updates } = oneStoryTwice();
    const sources = [makeSource('wire', 'Wire'), makeSource('blog', 'Blog')];
    const { frame, instance } = await renderApp(<App sources={sources} updates={updates} reactions={reactions} />, { columns: 160, rows: 30 });
    cleanup = () => instance.unmount();
    expect(lineWith(frame(), 'closes')).toContain('+1 source');
    expect(frame().match(/call on the soldiers/g)).toHaveLength(1);
    expect(lineWith(frame(), 'call on the soldiers')).toMatch(/\+1 source/);
    expect(lineWith(frame(), 'ECOWAS 1 ·')).not.toBe('');
    expect(frame()).toContain('asks the soldiers');
    expect(frame()).toContain('2 reactions');
  });
});

describe('the reactions pane after s s', () => {
  it('keeps the heading of the selected reaction’s actor in view', async () => {
    const updates = makeUpdates(12);
    // Six actors, newest first, each quoted twice: a long by-actor list in a pane of five rows.
    const names = ['Amadou', 'Binta', 'Cheick', 'Djeneba', 'Elhadj', 'Fatou'];
    const reactions = names.flatMap((name, i) => [
      makeReaction(updates[i * 2]!, 0, `${name} Traore`, `first words of ${name}`),
      makeReaction(updates[i * 2 + 1]!, 0, `${name} Traore`, `second words of ${name}`),
    ]);
    const { frame, press, instance } = await renderApp(<App sources={[makeSource()]} updates={updates} reactions={reactions} />, { columns: 80, rows: 24 });
    cleanup = () => instance.unmount();
    await press('\t');
    for (let i = 0; i < 10; i++) await press('j');
    const selected = lineWith(frame(), '› ');
    expect(selected).toMatch(/words of Djeneba/);
    await press('s');
    await press('s');
    expect(lineWith(frame(), '› ')).toBe(selected);
    expect(lineWith(frame(), 'Djeneba Traore 2 ·')).not.toBe('');
  });
});
