// o and y: a feed's link is hostile, so it is opened only when it is http(s),
// always with an argument vector (never a shell — newsbeuter's CVE-2017-12904
// was a shell injection through a feed's URL), and copied only on request.
import { spawn } from 'node:child_process';

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

/** Starts the browser detached; returns a plain-words problem, or null. */
export function openLink(link: string, env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | null {
  if (!isOpenableLink(link)) return `not opened: only http and https links are opened (${link.slice(0, 60)})`;
  const { command, args } = openerFor(link, env, platform);
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
