// The livedesk command: headless output for pipes and scripts, a JSON event
// stream with --follow, otherwise the full-screen dashboard.
import packageJson from '../package.json' with { type: 'json' };
import { helpText, parseCliArgs, type CliOptions } from './cli/parse-args.js';
import { startDeskMonitor, type MonitorOptions } from './monitor/desk-monitor.js';
import { loadSources } from './sources/load-sources.js';
import { markAddressesNotReplayed } from './monitor/replay.js';
import { defaultArchivePath } from './archive/archive-path.js';
import { openArchiveSession } from './archive/archive-session.js';
import { isArchiveOpenError } from './archive/archive.js';
import { loadConfig } from './config/load-config.js';
import { coloursEnabled } from './config/merge-config.js';
import { collectSources } from './config/source-list.js';
import { statSync } from 'node:fs';
import { placeholderSource } from './sources/empty-source.js';
import { isUrl } from './sources/location.js';
import { BIG_INPUT_BYTES } from './ingest/ingest-document.js';
import { KnownUpdates } from './ingest/known-updates.js';
import { createPipeline } from './ingest/pipeline.js';
import { createDeskEvents } from './desk/desk-events.js';
import { whenReaderCloses } from './cli/closed-pipe.js';
import { ingestLog } from './cli/ingest-log.js';
import { outputWriter } from './cli/write-output.js';
import { readProxyEnvironment } from './net/proxy-environment.js';
import { sanitizeForTerminal } from './text/sanitize-for-terminal.js';
import type { Desk } from './desk/desk.js';
import { MEMORY_POLICY } from './desk/memory-policy.js';
import { sourceNaming } from './config/listed-names.js';
import { isSubcommand } from './launch/start-path.js';

/** Every line livedesk writes to stderr: messages quote paths, URLs and config text, all hostile. */
function warn(message: string): void {
  process.stderr.write(`livedesk: ${sanitizeForTerminal(message)}\n`);
}

function fail(message: string, code: number): never {
  warn(message);
  process.exit(code);
}

function reportFailedSources(desk: Desk): void {
  for (const source of desk.sources) {
    if (source.error !== null) warn(source.error);
  }
}

function monitorOptions(options: CliOptions): MonitorOptions {
  return {
    intervalMs: options.intervalMs,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    userAgent: `livedesk/${packageJson.version}`,
    proxies: readProxyEnvironment(process.env),
    watchFiles: true,
  };
}

/** Exit code of a headless run whose output is complete but which the archive could not keep. */
const NOT_ARCHIVED = 3;

/**
 * Big files (seconds of parsing) and anything that is not a regular file (a named
 * pipe may keep the read waiting until --timeout) are read after the first frame.
 */
function readAfterFirstFrame(location: string): boolean {
  if (isUrl(location)) return false;
  try {
    const info = statSync(location);
    return info.isFile() ? info.size > BIG_INPUT_BYTES : !info.isDirectory();
  } catch {
    return false; // read now, so that the reason it cannot be read shows at once
  }
}

async function main(): Promise<number> {
  const outputClosed = whenReaderCloses(process.stdout, warn);
  void whenReaderCloses(process.stderr, () => undefined);
  const argv = process.argv.slice(2);
  const out = outputWriter(process.stdout, (message) => fail(message, 1));
  const io = { stdout: out, stderr: (text: string) => process.stderr.write(text), env: process.env, now: Date.now, isTerminal: process.stdout.isTTY === true };
  // Each path loads only the code it runs: Ink and React for the dashboard, the export
  // code for `export`, and so on. Compiling what a run never uses was part of every start.
  if (isSubcommand(argv[0])) {
    const { runSubcommand } = await import('./cli/run-subcommand.js');
    const subcommand = await runSubcommand(argv, io);
    if (subcommand !== null) return subcommand;
  }

  const { config, error: configError } = loadConfig(process.env);
  // The message already says the file is ignored and the defaults used.
  if (configError !== null) warn(configError);
  const parsed = parseCliArgs(argv, config);
  if (!parsed.ok) fail(parsed.seeHelp ? `${parsed.message}\nTry 'livedesk --help'.` : parsed.message, 2);
  const options = parsed.options;
  if (options.help) {
    out(helpText() + '\n');
    return 0;
  }
  if (options.version) {
    out(`livedesk ${packageJson.version}\n`);
    return 0;
  }
  const readLists = () =>
    collectSources({
      positional: options.sources,
      urlsFile: options.urlsFile ?? undefined,
      opmlFile: options.opmlFile ?? undefined,
      configSources: config.sources,
      env: process.env,
      limits: { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs },
    });
  const listed = await readLists();
  for (const problem of listed.problems) warn(problem);
  // A list that could not be read has said so: "no source given" would only mislead.
  if (listed.locations.length === 0) return listed.problems.length > 0 ? 2 : fail(`no source given.\nTry 'livedesk --help'.`, 2);

  const settings = monitorOptions(options);
  // The dashboard needs a terminal to draw on and one to read keys from.
  const headless = options.json || options.print || !process.stdout.isTTY || !process.stdin.isTTY;
  if (headless && options.replay !== null) warn('--replay plays in the dashboard, which needs a terminal: printing the timeline instead');
  const archivePath = options.archive === false ? null : (options.archive ?? defaultArchivePath(process.env));
  const dashboard = !headless && !options.follow && options.replay === null;
  // The dashboard keeps only so much in memory (src/desk/memory-policy.ts): it reads no more of
  // the archive than that. Headless runs print, and a replay plays, the whole history.
  const session = archivePath === null ? null : openArchiveSession(archivePath, dashboard ? { keep: MEMORY_POLICY } : {});
  if (session !== null && isArchiveOpenError(session)) fail(`${session.message}\n${session.remedy}`, 1);
  // What the archive knows of these sources: a read then extracts reactions for, and
  // saves, only what changed. Start-up reads are saved by the session, after any output.
  const onWork = ingestLog(process.env.LIVEDESK_DEBUG_INGEST);
  const placeholders = listed.locations.map(placeholderSource);
  const known = KnownUpdates.of(session?.history(placeholders).updates ?? []);
  // A one-shot headless run has nothing else to do while it reads: it reads on this thread, since a worker
  // costs a few hundred ms of CPU for 10,000 items (starting it, its cold code, the copy back).
  // A urls file's "~titles" and tags name its sources at every read, and before any.
  const naming = sourceNaming(listed.names);
  const named = naming.name;
  // The dashboard and --follow follow the urls file as it is edited.
  const urlsFile = options.urlsFile === null ? undefined : { path: options.urlsFile, read: readLists, naming };
  const nameDesk = (desk: Desk): Desk => (listed.names.size === 0 ? desk : { ...desk, sources: desk.sources.map(named) });
  const pipeline = createPipeline({ known, onWork, workerFile: headless && !options.follow ? null : undefined, nameSource: named });
  // The dashboard reads small files before its first frame; big ones (seconds of
  // parsing) are read after it, in a worker. It fails at once only when no source
  // could possibly be read.
  if (dashboard) {
    // One stat of each file decides; sources keep the order they were given in.
    const later = new Set(listed.locations.filter(readAfterFirstFrame));
    const now = await loadSources(listed.locations.filter((location) => !later.has(location)), settings, false, undefined, pipeline);
    const read = new Map(now.sources.map((source) => [source.location, source]));
    const first: Desk = { ...now, sources: placeholders.map((placeholder) => read.get(placeholder.location) ?? placeholder) };
    const start = session?.start(first, Date.now()) ?? null;
    session?.save(first, Date.now());
    const desk = nameDesk(start?.desk ?? first);
    if (later.size === 0 && desk.sources.every((source) => source.error !== null) && desk.updates.length === 0) {
      reportFailedSources(desk);
      session?.finish(Date.now());
      return 1;
    }
    const { runDashboard } = await import('./cli/run-dashboard.js');
    return runDashboard(desk, {
      monitor: settings,
      replaySpeed: null,
      notify: options.notify,
      alert: options.alert,
      archive: session,
      readKeys: start?.readKeys ?? new Set(),
      newSinceLastLook: start?.newSinceLastLook ?? new Set(),
      filesToLoad: [...later],
      lookedBefore: start?.lookedBefore ?? new Set(),
      known,
      onWork,
      nameSource: named,
      urlsFile,
      colour: coloursEnabled(config, process.env),
    });
  }
  // Headless runs fetch URLs once before printing; --follow and --replay poll or play them.
  const loaded = await loadSources(listed.locations, settings, headless && !options.follow, warn, pipeline);
  // The archive adds the history of these sources: what rolled off a feed, and what a dead server once said.
  const start = session?.start(loaded, Date.now()) ?? null;
  const started = nameDesk(start?.desk ?? loaded);
  const desk = options.replay === null || headless ? started : markAddressesNotReplayed(started);
  const readable = desk.sources.filter((source) => source.error === null || desk.updates.some((u) => u.sourceId === source.id));
  if (readable.length === 0) {
    reportFailedSources(desk);
    session?.save(loaded, Date.now());
    session?.finish(Date.now());
    return 1;
  }
  if (options.follow) {
    reportFailedSources(desk);
    // One subscriber: each event is streamed, and so is the archive's own health.
    const events = createDeskEvents();
    session?.onWriteProblem((problem) => events.publish({ type: 'archive', problem }));
    session?.save(loaded, Date.now());
    const monitor = startDeskMonitor(desk.sources, {
      ...settings,
      earlierPolls: session === null ? undefined : (sourceId) => session.earlierPolls(sourceId),
      onFetch: session === null ? undefined : (sourceId, record) => session.recordFetch(sourceId, record),
      // Each read is archived by the pipeline before it is streamed.
      pipeline: createPipeline({ known, archive: session, onWork, nameSource: named }),
    });
    monitor.subscribe((event) => events.publish(event));
    const { runFollow } = await import('./cli/run-follow.js');
    const { followUrlsFile } = await import('./cli/follow-urls-file.js');
    // Lines added to the urls file are streamed as they are read; a title is not part of the stream.
    const urlsWatch =
      urlsFile === undefined
        ? null
        : followUrlsFile(urlsFile, listed.locations, {
            follow: (locations) => monitor.follow(locations),
            unfollow: (ids) => monitor.unfollow(ids),
            rename: () => undefined,
          });
    await runFollow(desk, events, () => (urlsWatch?.close(), monitor.stop()), out, outputClosed);
    session?.finish(Date.now());
    return 0;
  }
  if (headless) {
    reportFailedSources(desk);
    if (options.json) {
      const { deskToJson } = await import('./headless/desk-json.js');
      out(deskToJson(desk) + '\n');
    } else {
      const { printTimeline } = await import('./headless/print-timeline.js');
      out(printTimeline(desk));
    }
    // Written after printing: the output never waits for the archive, nor depends on it.
    session?.save(loaded, Date.now());
    session?.finish(Date.now());
    const failure = session?.writeFailure() ?? null;
    if (failure === null) return 0;
    warn(failure);
    return NOT_ARCHIVED;
  }
  session?.save(loaded, Date.now());
  const { runDashboard } = await import('./cli/run-dashboard.js');
  return runDashboard(desk, {
    monitor: settings,
    replaySpeed: options.replay,
    notify: options.notify,
    alert: options.alert,
    archive: session,
    readKeys: start?.readKeys ?? new Set(),
    newSinceLastLook: new Set(),
    filesToLoad: [],
    lookedBefore: new Set(),
    known,
    onWork,
    nameSource: named,
    colour: coloursEnabled(config, process.env),
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => fail(error instanceof Error ? error.message : String(error), 1),
);
