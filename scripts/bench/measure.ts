// The benchmark's measuring tools: statistics over runs, and what /proc says about a
// running process (its CPU time, resident and peak memory).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { PtySession } from '../../tests/e2e/pty-session.js';

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  // Nearest rank: p95 of 200 is the 190th value, an observed latency.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
export const median = (values: readonly number[]) => quantile(values, 0.5);
export const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export const ms = (value: number) => (Number.isNaN(value) ? '—' : `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`);
export const mb = (bytes: number) => bytes / (1024 * 1024);
export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function statFields(file: string): string[] {
  const stat = readFileSync(file, 'utf8');
  // The command name may contain spaces; fields are counted after its closing parenthesis.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** utime + stime of a process, in ms (all its threads), in clock ticks (10 ms here). */
export function cpuMs(pid: number): number {
  const fields = statFields(`/proc/${pid}/stat`);
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** CPU time of every child this process has waited for (user + system, ms): a finished run's own CPU. */
export function childrenCpuMs(): number {
  const fields = statFields('/proc/self/stat');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
}

/**
 * CPU time of a process so far, in ms: its live threads to the nanosecond the scheduler
 * counts (schedstat), fine enough for a start-up of a few hundred ms, plus the threads that
 * have already ended, which only the process's own tick counts still hold.
 */
export function runTimeMs(pid: number): number {
  let live = 0;
  let liveTicks = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      live += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
      const fields = statFields(`/proc/${pid}/task/${task}/stat`);
      liveTicks += ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    } catch {
      // A thread that ended in between.
    }
  }
  return live + Math.max(0, cpuMs(pid) - liveTicks);
}

function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

/** Resident memory now. */
export const rssBytes = (pid: number) => statusBytes(pid, 'VmRSS');
/** The most resident memory the process has had so far (the kernel's high-water mark). */
export const peakRssBytes = (pid: number) => statusBytes(pid, 'VmHWM');

/** Waits until the program has written nothing for `quietMs`: its frames have settled. */
export async function settle(session: PtySession, quietMs: number, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    await session.flushed();
    const quietFor = performance.now() - session.lastOutputAt();
    if (quietFor >= quietMs) return;
    await sleep(quietMs - quietFor);
  }
}
