// --follow writes what one read brought in one piece: a script reading the stream never
// sees a new update without the reactions that came with it.
import { describe, expect, it } from 'vitest';
import { runFollow } from '../../src/cli/run-follow.js';
import { createDeskEvents } from '../../src/desk/desk-events.js';
import { makeReaction, makeSource, makeUpdates } from '../fixtures/make-updates.js';

describe('runFollow', () => {
  it('writes an arrival’s updates, edits and reactions in one write, statuses apart', async () => {
    const [second, first] = makeUpdates(2);
    const writes: string[] = [];
    const events = createDeskEvents();
    let stopped = false;
    let close = () => {};
    const closed = new Promise<void>((resolve) => (close = resolve));
    const done = runFollow({ sources: [makeSource()], updates: [first!], reactions: [] }, events, async () => void (stopped = true), (text) => writes.push(text), closed);
    expect(writes).toHaveLength(1);
    const edited = { ...first!, body: 'Corrected.' };
    events.publish({ type: 'arrived', live: true, sources: [], updates: [second!, edited], reactions: [makeReaction(second!, 1, 'ECOWAS', 'Return to barracks.')] });
    events.publish({ type: 'archive', problem: null });
    expect(writes).toHaveLength(3);
    expect(writes[1]!.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line).type)).toEqual(['update', 'edit', 'reaction']);
    expect(JSON.parse(writes[2]!)).toEqual({ type: 'status', sourceId: 'archive', state: 'ok', httpStatus: null, message: null, nextPollAt: null });
    close();
    await done;
    expect(stopped).toBe(true);
  });
});
