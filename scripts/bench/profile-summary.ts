// Reads a V8 .cpuprofile of the bundled CLI and says where the time went: self time
// per function and per original module. The bundle is minified, so positions are
// mapped back through dist/cli-app.js.map; a function is named by its original file,
// line and the first words of that line, which identify it better than a mangled name.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface SourceMapPayload {
  sources: string[];
  sourcesContent?: (string | null)[];
}

export interface Share {
  label: string;
  ms: number;
  /** Of all non-idle time. */
  share: number;
}

export interface ProfileSummary {
  busyMs: number;
  functions: Share[];
  modules: Share[];
}

function moduleOf(source: string): string {
  const clean = source.replace(/^(\.\.\/)+/, '');
  // A package counts as one module; our own files are shown one by one.
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  return match ? match[1]! : clean;
}

function top(map: Map<string, number>, busy: number, count: number): Share[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([label, us]) => ({ label, ms: us / 1000, share: busy === 0 ? 0 : us / busy }));
}

/**
 * `sinceUs` leaves out samples taken before that moment (µs on the monotonic clock that
 * both V8's profiler and process.hrtime use), so a scenario can skip its start-up.
 */
export function summariseProfile(profilePath: string, bundlePath: string, count = 5, sinceUs = 0): ProfileSummary {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
  const payload = JSON.parse(readFileSync(bundlePath + '.map', 'utf8')) as SourceMapPayload;
  const map = new SourceMap(payload as ConstructorParameters<typeof SourceMap>[0]);
  const sourceLines = new Map<string, string[]>();
  const linesOf = (source: string): string[] => {
    let lines = sourceLines.get(source);
    if (lines === undefined) {
      const index = payload.sources.indexOf(source);
      lines = (payload.sourcesContent?.[index] ?? '').split('\n');
      sourceLines.set(source, lines);
    }
    return lines;
  };
  const bundleName = path.basename(bundlePath);

  const selfUs = new Map<number, number>();
  let sampledAt = profile.startTime;
  profile.samples.forEach((nodeId, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    sampledAt += delta;
    if (sampledAt >= sinceUs) selfUs.set(nodeId, (selfUs.get(nodeId) ?? 0) + delta);
  });

  const functions = new Map<string, number>();
  const modules = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    busy += us;
    let fn: string;
    let mod: string;
    if (url.endsWith(bundleName)) {
      // Profile positions are 0-based, as are SourceMap's.
      const entry = map.findEntry(lineNumber, columnNumber) as { originalSource?: string; originalLine?: number };
      if (entry.originalSource === undefined || entry.originalLine === undefined) {
        fn = `${bundleName}:${lineNumber + 1} ${functionName}`;
        mod = bundleName;
      } else {
        const text = (linesOf(entry.originalSource)[entry.originalLine] ?? '').trim().slice(0, 60);
        mod = moduleOf(entry.originalSource);
        fn = `${entry.originalSource.replace(/^(\.\.\/)+/, '')}:${entry.originalLine + 1} \`${text}\``;
      }
    } else if (url === '') {
      // (garbage collector), (program), native builtins such as RegExp or JSON.
      fn = functionName || '(anonymous native)';
      mod = functionName.startsWith('(') ? functionName : '(native)';
    } else {
      fn = `${functionName || '(anonymous)'} ${url.replace(/^file:\/\//, '')}:${lineNumber + 1}`;
      mod = url.startsWith('node:') ? 'node internals' : url.replace(/^file:\/\//, '');
    }
    functions.set(fn, (functions.get(fn) ?? 0) + us);
    modules.set(mod, (modules.get(mod) ?? 0) + us);
  }
  return { busyMs: busy / 1000, functions: top(functions, busy, count), modules: top(modules, busy, count) };
}

export function formatSummary(title: string, summary: ProfileSummary): string {
  const pct = (share: number) => `${(share * 100).toFixed(1).padStart(5)} %`;
  return [
    `${title} — ${summary.busyMs.toFixed(0)} ms of CPU sampled`,
    '  top self time, by function:',
    ...summary.functions.map((entry) => `    ${pct(entry.share)}  ${entry.label}`),
    '  top self time, by module:',
    ...summary.modules.map((entry) => `    ${pct(entry.share)}  ${entry.label}`),
  ].join('\n');
}

// Run directly: summarise one profile of the built CLI.
if (process.argv[1]?.endsWith('profile-summary.ts') && process.argv[2]) {
  const bundle = process.argv[3] ?? path.join('dist', 'cli-app.js');
  process.stdout.write(formatSummary(process.argv[2], summariseProfile(process.argv[2], bundle, 10)) + '\n');
}
