// The livedesk command: headless output for pipes and scripts, otherwise the
// full-screen dashboard.
import { render } from 'ink';
import packageJson from '../package.json' with { type: 'json' };
import { helpText, parseCliArgs } from './cli/parse-args.js';
import { enterAlternateScreen } from './cli/terminal-screen.js';
import { deskToJson } from './headless/desk-json.js';
import { printTimeline } from './headless/print-timeline.js';
import { loadSources, type Desk } from './sources/load-sources.js';
import { App } from './ui/App.js';

const SIGNAL_EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function fail(message: string, code: number): never {
  process.stderr.write(`livedesk: ${message}\n`);
  process.exit(code);
}

function reportFailedSources(desk: Desk): void {
  for (const source of desk.sources) {
    if (source.error !== null) process.stderr.write(`livedesk: ${source.error}\n`);
  }
}

async function runDashboard(desk: Desk): Promise<void> {
  const screen = enterAlternateScreen(process.stdout, process.stdin);
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal as NodeJS.Signals, () => {
      instance.unmount();
      screen.restore();
      process.exit(code);
    });
  }
  process.once('uncaughtException', (error) => {
    instance.unmount();
    screen.restore();
    process.stderr.write(`livedesk: unexpected error: ${error.message}\n`);
    process.exit(1);
  });
  const instance = render(<App sources={desk.sources} updates={desk.updates} reactions={desk.reactions} />, {
    exitOnCtrlC: false,
    patchConsole: false,
  });
  try {
    await instance.waitUntilExit();
  } finally {
    screen.restore();
  }
}

async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (!parsed.ok) fail(`${parsed.message}\nTry 'livedesk --help'.`, 2);
  const options = parsed.options;
  if (options.help) {
    process.stdout.write(helpText() + '\n');
    return;
  }
  if (options.version) {
    process.stdout.write(`livedesk ${packageJson.version}\n`);
    return;
  }
  if (options.sources.length === 0) fail(`no source given.\nTry 'livedesk --help'.`, 2);

  const desk = await loadSources(options.sources);
  const readable = desk.sources.filter((source) => source.error === null);
  const headless = options.json || options.print || !process.stdout.isTTY;
  if (readable.length === 0) {
    reportFailedSources(desk);
    process.exit(1);
  }
  if (headless) {
    reportFailedSources(desk);
    process.stdout.write(options.json ? deskToJson(desk) + '\n' : printTimeline(desk));
    return;
  }
  await runDashboard(desk);
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error), 1);
});
