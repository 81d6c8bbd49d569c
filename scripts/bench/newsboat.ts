// newsboat, the reference terminal feed reader, run beside livedesk on the same feeds:
// everything it keeps (its urls file, config, cache.db and lock, its home) lives in the
// benchmark's temporary folder, and it reaches nothing but the feed server on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startInPty, type PtySession } from '../../tests/e2e/pty-session.js';
import { COLUMNS, REPO, ROWS, timeCommand, type Timing } from './bench-context.js';

export const NEWSBOAT = '/usr/bin/newsboat';

/** "newsboat 2.21.0", or null when it is not installed (the part says so and runs livedesk alone). */
export function newsboatVersion(): string | null {
  if (!existsSync(NEWSBOAT)) return null;
  try {
    return execFileSync(NEWSBOAT, ['--version'], { encoding: 'utf8' }).split('\n')[0]!.split(' - ')[0]!.trim();
  } catch {
    return null;
  }
}

// Nothing that would make it do more than livedesk does: no reload of its own, no
// clean-up on quit, no confirmation to quit; every article kept and shown.
const CONFIG = ['auto-reload no', 'confirm-exit no', 'cleanup-on-quit no', 'show-read-feeds yes', 'show-read-articles yes', 'reload-threads 1', ''].join('\n');

export interface NewsboatHome {
  /** The arguments that point it at this home's urls file and config, and at `cache`. */
  args(cache: string): string[];
  env: Record<string, string>;
}

/** A home for newsboat in `dir` that follows `urls`. */
export function newsboatHome(dir: string, urls: readonly string[]): NewsboatHome {
  mkdirSync(path.join(dir, 'home'), { recursive: true });
  writeFileSync(path.join(dir, 'urls'), urls.join('\n') + '\n');
  writeFileSync(path.join(dir, 'config'), CONFIG);
  const home = path.join(dir, 'home');
  return {
    args: (cache) => ['-u', path.join(dir, 'urls'), '-c', cache, '-C', path.join(dir, 'config')],
    // Its history files go to this home; no proxy stands between it and 127.0.0.1; UTF-8 text.
    env: {
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, 'config'),
      XDG_DATA_HOME: path.join(home, 'data'),
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      http_proxy: '',
      https_proxy: '',
      HTTP_PROXY: '',
      HTTPS_PROXY: '',
      all_proxy: '',
      ALL_PROXY: '',
    },
  };
}

/** `newsboat -x reload` into `cache`: fetch, parse and store, headless. */
export function timeReload(home: NewsboatHome, cache: string): Promise<Timing> {
  return timeCommand(NEWSBOAT, [...home.args(cache), '-x', 'reload'], home.env);
}

/** newsboat in the benchmark's pseudo-terminal; `extra` flags such as -r (reload at start). */
export function newsboatInPty(home: NewsboatHome, cache: string, extra: string[] = []): PtySession {
  return startInPty({ file: NEWSBOAT, args: [...home.args(cache), ...extra], cwd: REPO, columns: COLUMNS, rows: ROWS, env: home.env, keepRaw: false, scrollback: 0 });
}

/** The feed list shows the feed by its title: the feed has been read. */
export const showsFeed = (session: PtySession, title: string) => session.screen().includes(title);

/** q leaves the article list, q again quits. */
export async function quitNewsboat(session: PtySession): Promise<void> {
  session.write('q');
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (!session.exited()) session.write('q');
  await session.waitForExit(5_000).catch(() => undefined);
  await session.stop();
}
