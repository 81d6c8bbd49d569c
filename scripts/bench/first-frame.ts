// Spawn to first frame, in wall time and in the CPU time the program used to get there.
import type { PtySession } from '../../tests/e2e/pty-session.js';
import { runTimeMs } from './measure.js';

export interface FirstFrame {
  /** Spawn to the arrival of the output after which `shown` held, ms. */
  wall: number;
  /** CPU time of all the program's threads when that output had been parsed, ms. */
  cpu: number;
}

/** Waits for the first frame, then ends the session with `end` (stop, or a key that quits). */
export async function firstFrame(session: PtySession, shown: () => boolean, end: (session: PtySession) => Promise<void> = (s) => s.stop()): Promise<FirstFrame> {
  let cpu = NaN;
  try {
    const at = await session.waitFor(
      () => {
        const held = shown();
        // Read once, as soon as it holds: the program may go on working after its first frame.
        if (held && Number.isNaN(cpu)) cpu = runTimeMs(session.pid);
        return held;
      },
      'the first frame',
      30_000,
    );
    return { wall: at - session.spawnedAt, cpu };
  } finally {
    await end(session);
  }
}
