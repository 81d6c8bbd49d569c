// f in the dashboard searches a real archive file: every source ever archived, the
// results listed like timeline rows and opened like them (an event not followed now
// included), and asked again when updates arrive, the selection staying where it was.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchiveSession, type ArchiveSession } from '../../src/archive/archive-session.js';
import { isArchiveOpenError } from '../../src/archive/archive.js';
import { dashboardSearch } from '../../src/cli/dashboard-search.js';
import { createDeskEvents } from '../../src/desk/desk-events.js';
import { updateKey } from '../../src/desk/update-key.js';
import type { Update } from '../../src/model.js';
import { App } from '../../src/ui/App.js';
import { useTempDir } from '../archive/temp-archive.js';
import { makeReaction, makeSource, START } from '../fixtures/make-updates.js';
import { KEYS, lineWith, renderApp, settle } from './ink-harness.js';

const tempDir = useTempDir();
let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
});

function update(sourceId: string, id: string, title: string, body: string, minutesAgo: number): Update {
  return { id, key: updateKey(sourceId, id), sourceId, time: START - minutesAgo * 60_000, timeText: null, title, body, link: null, author: null };
}

const blog = { ...makeSource('blog', 'Kati mutiny, live'), tag: 'kati' };
const older = { ...makeSource('older', 'Last year’s floods'), tag: 'floods' };
const blogUpdates = [
  update('blog', 'b1', 'Curfew declared in Bamako', 'The junta announced a curfew from 21:00.', 1),
  update('blog', 'b2', 'Soldiers at the state broadcaster', 'Troops entered the building after the curfew talk began.', 2),
];
// Another event, archived in an earlier run and not followed in this one.
const floods = [update('older', 'f1', 'River breaks its banks', 'A night curfew keeps people away from the quays.', 60 * 24 * 300)];
const reaction = makeReaction(floods[0]!, 1, 'The governor', 'The curfew will stay until the water falls.');

function archiveWithTwoEvents(): ArchiveSession {
  const session = openArchiveSession(join(tempDir(), 'archive.db'));
  if (isArchiveOpenError(session)) throw new Error(session.message);
  session.save({ sources: [older], updates: floods, reactions: [reaction] }, START - 1000);
  session.save({ sources: [blog], updates: blogUpdates, reactions: [] }, START);
  return session;
}

describe('search in the dashboard', () => {
  it('finds across events, opens a hit like a timeline row, and follows new arrivals without moving the selection', async () => {
    const session = archiveWithTwoEvents();
    cleanup.push(() => session.finish(START + 10_000));
    const events = createDeskEvents();
    const app = await renderApp(
      <App sources={[blog]} updates={blogUpdates} reactions={[]} events={events} search={dashboardSearch(session)} />,
      { columns: 100, rows: 24 },
    );
    cleanup.push(() => app.instance.unmount());

    expect(await app.press('f')).toContain('Find: ');
    for (const char of 'curfew') await app.press(char);
    expect(app.frame()).toContain('Find: curfew');
    const results = await app.press(KEYS.enter);
    expect(results).toContain('Find: curfew — 3 found 1/3');
    expect(lineWith(results, 'Curfew declared')).toMatch(/› • .*\[kati\] Curfew declared in Bamako — .*curfew/);
    expect(lineWith(results, 'River breaks')).toMatch(/\[floods\] River breaks its banks — A night curfew keeps/);

    // The flood update is not in this run's timeline; it opens all the same, with its reactions.
    await app.press('j');
    const detail = await app.press(KEYS.enter);
    expect(detail).toContain('River breaks its banks');
    expect(detail).toContain('Source: Last year’s floods');
    expect(detail).toMatch(/The governor says: “The curfew will stay/);
    // K reads the result above it; Esc comes back to the results, the selection following.
    expect(await app.press('K')).toContain('The junta announced a curfew from 21:00.');
    const back = await app.press(KEYS.escape);
    expect(lineWith(back, '›')).toContain('Curfew declared in Bamako');

    // A new update is archived, then shown: the search is asked again, and the selection stays.
    const fresh = update('blog', 'b3', 'Curfew lifted at dawn', 'The curfew ended at six.', 0);
    session.record({ type: 'arrived', live: true, sources: [blog], updates: [fresh], reactions: [] }, START + 5000);
    events.publish({ type: 'arrived', live: true, sources: [blog], updates: [fresh], reactions: [] });
    await settle();
    await settle();
    expect(app.frame()).toContain('Curfew lifted at dawn');
    expect(app.frame()).toContain('4 found');
    expect(lineWith(app.frame(), '›')).toContain('Curfew declared in Bamako');

    // Esc leaves the search: the timeline is as it was.
    expect(await app.press(KEYS.escape)).toContain('Kati mutiny, live 1/3');
  });

  it('says so when there is no archive, and when a query cannot be read', async () => {
    const app = await renderApp(<App sources={[blog]} updates={blogUpdates} reactions={[]} />, { columns: 80, rows: 24 });
    cleanup.push(() => app.instance.unmount());
    await app.press('f');
    await app.press('x');
    expect(await app.press(KEYS.enter)).toContain('Nothing is archived in this run (--no-archive)');
  });
});
