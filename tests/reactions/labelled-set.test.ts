// Guards the acceptance list on the seed live blog through the same
// matching rules as `npm run eval:reactions`.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELLED_DIR, loadLabelledFile, loadLabelledSet, type LabelledFile } from '../../eval/reactions/load-labelled-set.js';
import { precision, recall, scoreFile } from '../../eval/reactions/match-expectations.js';
import { extractReactions } from '../../src/reactions/extract-reactions.js';
import { describeWithShared, SEED } from '../shared-material.js';

/** The seed's labels; the blog they label is read from beside the checkout. */
const SEED_LABELS = 'mali-kati-mutiny.expected.json';

async function score(file: string) {
  const labelled = await loadLabelledFile(path.join(LABELLED_DIR, file));
  return scoreFile(labelled.expectations, labelled.updates.map((u) => ({ title: u.title, reactions: extractReactions(u) })));
}

describeWithShared(SEED, 'the seed against its expectations', () => {
  it('finds every must-have and no forbidden actor', async () => {
    const s = await score(SEED_LABELS);
    expect(s.missingMustHaves.map((e) => `${e.actor}: ${e.text}`)).toEqual([]);
    expect(s.forbiddenHits.map((x) => x.actor)).toEqual([]);
    const actors = new Set(s.matches.filter((m) => m.expected.mustHave).map((m) => m.expected.actor));
    expect([...actors].sort()).toEqual(
      ['Aboubacar Ibrahim Maiga', 'Boubou Cisse', 'ECOWAS', 'France', 'Haidara Assetou Cisse', 'Jean-Yves Le Drian'],
    );
    expect(s.matches.filter((m) => m.expected.actor === 'ECOWAS' && m.expected.kind === 'quote')).toHaveLength(2);
  });
});

function expectTargets(files: LabelledFile[]): void {
  const all = { expected: 0, predicted: 0, matches: [] as unknown[] };
  for (const f of files) {
    const s = scoreFile(f.expectations, f.updates.map((u) => ({ title: u.title, reactions: extractReactions(u) })));
    all.expected += s.expected;
    all.predicted += s.predicted;
    all.matches.push(...s.matches);
  }
  expect(precision(all)).toBeGreaterThanOrEqual(0.9);
  expect(recall(all)).toBeGreaterThanOrEqual(0.9);
}

describe('the labelled blogs written for this project', () => {
  it('stay at or above the targets', async () => {
    const names = (await readdir(LABELLED_DIR)).filter((f) => f.endsWith('.expected.json') && f !== SEED_LABELS);
    const files = await Promise.all(names.map((f) => loadLabelledFile(path.join(LABELLED_DIR, f))));
    expect(files.length).toBeGreaterThanOrEqual(3);
    expectTargets(files);
  });
});

describeWithShared(SEED, 'the whole labelled set', () => {
  it('stays at or above the targets', async () => {
    const files = await loadLabelledSet();
    expect(files.length).toBeGreaterThanOrEqual(4);
    expectTargets(files);
  });
});
