// Where the archive lives when --archive is not given. Pure: the environment is
// a parameter so tests (and the CLI's --help text) need not touch process.env.
import { isAbsolute, join } from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * `$XDG_DATA_HOME/livedesk/archive.db`, else `~/.local/share/livedesk/archive.db`.
 * The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
 * Null when neither variable gives a usable directory (the caller then keeps nothing).
 */
export function defaultArchivePath(env: Env): string | null {
  const xdg = env['XDG_DATA_HOME'];
  if (xdg !== undefined && xdg !== '' && isAbsolute(xdg)) return join(xdg, 'livedesk', 'archive.db');
  const home = env['HOME'] ?? env['USERPROFILE'];
  if (home !== undefined && home !== '' && isAbsolute(home)) return join(home, '.local', 'share', 'livedesk', 'archive.db');
  return null;
}
