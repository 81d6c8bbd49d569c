// The gate in front of the pipeline's worker threads: however many sources are polled at
// once, only so many big reads run, each in a thread of its own; the rest wait their turn.
import { describe, expect, it } from 'vitest';
import { createGate } from '../../src/ingest/reader-gate.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('createGate', () => {
  it('runs at most `limit` tasks at once, the others in the order they came', async () => {
    const gate = createGate(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (n: number) => async () => {
      started.push(n);
      running++;
      most = Math.max(most, running);
      for (let i = 0; i < 3; i++) await tick();
      running--;
      return n * 10;
    };
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => gate.run(task(n))));
    expect(results).toEqual([10, 20, 30, 40, 50, 60]);
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lets the next one in when a task fails, and gives the failure to its caller', async () => {
    const gate = createGate(1);
    const failing = gate.run(async () => {
      await tick();
      throw new Error('reader died');
    });
    const next = gate.run(async () => 'read');
    await expect(failing).rejects.toThrow('reader died');
    await expect(next).resolves.toBe('read');
  });
});
