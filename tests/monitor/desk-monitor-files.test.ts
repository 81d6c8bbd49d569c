// Local files under the desk monitor: a live blog started as a lead with no entry
// yet is not a live blog, but it is still watched, so its first entry shows up.
import { appendFile, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FILE_GONE, startDeskMonitor, type DeskMonitor } from '../../src/monitor/desk-monitor.js';
import { loadFileSource } from '../../src/sources/load-source.js';
import type { DeskEvent } from '../../src/desk/desk-events.js';
import { sourceIdFor } from '../../src/sources/source-identity.js';

let monitor: DeskMonitor | null = null;
let dir = '';
afterEach(async () => {
  await monitor?.stop();
  monitor = null;
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

function nextArrival(desk: DeskMonitor): Promise<Extract<DeskEvent, { type: 'arrived' }>> {
  return new Promise((resolve) => {
    const stop = desk.subscribe((event) => {
      if (event.type !== 'arrived') return;
      stop();
      resolve(event);
    });
  });
}

function nextStatus(desk: DeskMonitor): Promise<Extract<DeskEvent, { type: 'status' }>['status']> {
  return new Promise((resolve) => {
    const stop = desk.subscribe((event) => {
      if (event.type !== 'status') return;
      stop();
      resolve(event.status);
    });
  });
}

const SETTINGS = { intervalMs: 60_000, timeoutMs: 5_000, maxBytes: 1024 * 1024, userAgent: 'livedesk/0.0.0-test', watchFiles: true };

describe('the desk monitor and local files', () => {
  it('says when a watched file is deleted, and clears it when the file comes back', { timeout: 10_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'livedesk-monitor-files-'));
    const file = path.join(dir, 'live.txt');
    const blog = 'Mali – live\n\n16:40 GMT – Protesters gather in Bamako\nCrowds filled the square.\n';
    await writeFile(file, blog);
    const first = await loadFileSource(file);
    monitor = startDeskMonitor([first.source], SETTINGS);

    const deleted = nextStatus(monitor);
    await unlink(file);
    expect(await deleted).toMatchObject({ sourceId: first.source.id, state: 'error', message: FILE_GONE });

    const back = nextStatus(monitor);
    const arrived = nextArrival(monitor);
    await writeFile(file, blog + '\n17:10 GMT – Offices set alight\nSmoke rose over the ministry.\n');
    expect(await back).toMatchObject({ sourceId: first.source.id, state: 'ok' });
    expect((await arrived).updates.map((update) => update.title)).toContain('Offices set alight');
  });

  it('watches a file that has no entry yet and brings in its first one', { timeout: 10_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'livedesk-monitor-files-'));
    const file = path.join(dir, 'live.txt');
    await writeFile(file, 'Mali: soldiers mutiny at Kati base – live\n\nGunfire was heard at the Kati camp this morning.\n');
    const first = await loadFileSource(file);
    expect(first.source.error).toMatch(/none of them a time-stamped entry/);

    monitor = startDeskMonitor([first.source], {
      intervalMs: 60_000,
      timeoutMs: 5_000,
      maxBytes: 1024 * 1024,
      userAgent: 'livedesk/0.0.0-test',
      watchFiles: true,
    });
    const arrived = nextArrival(monitor);
    await appendFile(file, '\n16:40 GMT – Protesters gather in Bamako\nCrowds filled the square.\n');
    const event = await arrived;
    expect(event.sources[0]?.error).toBeNull();
    expect(event.updates.map((update) => update.title)).toEqual(['Protesters gather in Bamako']);
  });

  it('keeps a file out that is taken out of the list while it is still being read', { timeout: 10_000 }, async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'livedesk-monitor-files-'));
    const file = path.join(dir, 'live.txt');
    await writeFile(file, 'Mali – live\n\n16:40 GMT – Protesters gather in Bamako\nCrowds filled the square.\n');
    monitor = startDeskMonitor([], SETTINGS);
    const seen: DeskEvent[] = [];
    monitor.subscribe((event) => seen.push(event));

    const following = monitor.follow([file]);
    monitor.unfollow([sourceIdFor(file)]);
    await following;

    expect(seen.map((event) => event.type)).toEqual(['removed']);
  });
});
