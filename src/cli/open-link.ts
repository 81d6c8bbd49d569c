// o and y: a feed's link is hostile, so it is opened only when it is http(s),
// always with an argument vector (never a shell — newsbeuter's CVE-2017-12904
// was a shell injection through a feed's URL), and copied only on request.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export function isOpenableLink(link: string): boolean {
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The program and arguments that open `link`: $BROWSER if set, else the platform's opener. */
export function openerFor(link: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): { command: string; args: string[] } {
  const browser = env.BROWSER?.split(':')[0]?.trim();
  if (browser) {
    const [command, ...args] = browser.split(/\s+/);
    // $BROWSER may say where the URL goes with %s; otherwise it goes last.
    const withLink = args.some((arg) => arg.includes('%s')) ? args.map((arg) => arg.replace('%s', link)) : [...args, link];
    return { command: command!, args: withLink };
  }
  if (platform === 'darwin') return { command: 'open', args: [link] };
  if (platform === 'win32') return { command: 'explorer.exe', args: [link] };
  return { command: 'xdg-open', args: [link] };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether `command` can be started: a path to a program, or a name found on PATH. Windows finds its own. */
function canStart(command: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (platform === 'win32') return true;
  if (command.includes('/')) return isExecutable(command);
  return (env.PATH ?? '').split(delimiter).some((folder) => folder !== '' && isExecutable(join(folder, command)));
}

/** Starts the browser detached; returns a plain-words problem, or null. */
export function openLink(link: string, env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | null {
  if (!isOpenableLink(link)) return `not opened: only http and https links are opened (${link.slice(0, 60)})`;
  const { command, args } = openerFor(link, env, platform);
  // A missing program fails only after spawn returns: looked for first, so the reader is told.
  if (!canStart(command, env, platform)) return `no browser: ${command} is not installed (set $BROWSER)`;
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, shell: false });
    child.on('error', () => {}); // no browser installed: nothing to crash over
    child.unref();
    return null;
  } catch (error) {
    return `could not start ${command}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** OSC 52 asks the terminal to put text on the clipboard; sent only when the reader presses y. */
export function osc52Copy(text: string): string {
  return `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
}
