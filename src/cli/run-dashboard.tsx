// The full-screen dashboard: alternate screen in, Ink up, the monitor (or a
// replay) feeding it, and every way out restoring the terminal.
import { render } from 'ink';
import { startDeskMonitor, type MonitorOptions } from '../monitor/desk-monitor.js';
import { createDeskTracker } from '../monitor/desk-tracker.js';
import { notificationFor } from '../monitor/notification.js';
import { startReplay } from '../monitor/replay.js';
import type { Desk } from '../sources/load-sources.js';
import type { DeskEvents, MonitorRequest } from '../state/desk-events.js';
import { App } from '../ui/App.js';
import { enterAlternateScreen } from './terminal-screen.js';

const SIGNAL_EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

export interface DashboardOptions {
  monitor: MonitorOptions;
  replaySpeed: number | null;
  notify: boolean;
  alert: RegExp | null;
}

/** Rings the bell and raises an OSC 9 notification for each new update that matches. */
function notifyOnArrivals(events: DeskEvents, desk: Desk, alert: RegExp | null): () => void {
  const tracker = createDeskTracker();
  tracker.apply(desk.updates, []);
  return events.subscribe((event) => {
    if (event.type !== 'arrived') return;
    const { added } = tracker.apply(event.updates, []);
    if (!event.live) return;
    for (const update of added) {
      const notification = notificationFor(update, alert);
      if (notification !== null) process.stdout.write(notification);
    }
  });
}

export async function runDashboard(desk: Desk, options: DashboardOptions): Promise<number> {
  const replay = options.replaySpeed === null ? null : startReplay(desk, options.replaySpeed);
  const monitor = replay === null ? startDeskMonitor(desk.sources, options.monitor) : null;
  const events: DeskEvents = replay ?? monitor!;
  const shown: Desk = replay === null ? desk : { sources: desk.sources, updates: [], reactions: [] };
  const stopNotifying = options.notify ? notifyOnArrivals(events, shown, options.alert) : () => {};

  const screen = enterAlternateScreen(process.stdout, process.stdin);
  let instance: ReturnType<typeof render> | null = null;
  const shutDown = async () => {
    stopNotifying();
    replay?.stop();
    await monitor?.stop();
  };
  // Synchronous on purpose: Ink's signal-exit re-raises the signal once no other
  // listener is left, so the terminal must be restored and the exit code set now.
  const leave = (code: number, message?: string) => {
    instance?.unmount();
    screen.restore();
    if (message !== undefined) process.stderr.write(message);
    process.exit(code);
  };
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) process.on(signal as NodeJS.Signals, () => leave(code));
  process.on('uncaughtException', (error) => leave(1, `livedesk: unexpected error: ${error.message}\n`));

  const onMonitorRequest = (request: MonitorRequest) => monitor?.handle(request);
  instance = render(
    <App
      sources={shown.sources}
      updates={shown.updates}
      reactions={shown.reactions}
      events={events}
      onMonitorRequest={onMonitorRequest}
      alert={options.alert}
    />,
    { exitOnCtrlC: false, patchConsole: false },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    screen.restore();
    await shutDown();
  }
  return 0;
}
