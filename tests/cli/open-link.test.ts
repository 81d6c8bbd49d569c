import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOpenableLink, openerFor, openLink, osc52Copy } from '../../src/cli/open-link.js';

// The real spawn, watched: a test can wait for the browser it started to exit, and see
// that nothing was started at all.
const spawned = vi.hoisted(() => ({ children: [] as ChildProcess[] }));
vi.mock('node:child_process', async (original) => {
  const real = await original<typeof import('node:child_process')>();
  const spawn = (...args: Parameters<typeof real.spawn>) => {
    const child = real.spawn(...args);
    spawned.children.push(child);
    return child;
  };
  return { ...real, spawn, default: { ...real, spawn } };
});
afterEach(() => {
  spawned.children.length = 0;
});

describe('isOpenableLink', () => {
  it.each([
    ['https://example.org/live', true],
    ['http://example.org/a?b=c', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['ftp://example.org/x', false],
    ['not a url', false],
  ])('%s → %s', (link, expected) => {
    expect(isOpenableLink(link)).toBe(expected);
  });
});

describe('openerFor', () => {
  it('uses $BROWSER with its arguments, the link last or at %s', () => {
    expect(openerFor('https://e.org', { BROWSER: 'firefox --new-tab' }, 'linux')).toEqual({
      command: 'firefox',
      args: ['--new-tab', 'https://e.org'],
    });
    expect(openerFor('https://e.org', { BROWSER: 'lynx -dump %s' }, 'linux').args).toEqual(['-dump', 'https://e.org']);
  });

  it('falls back to the platform opener', () => {
    expect(openerFor('https://e.org', {}, 'linux').command).toBe('xdg-open');
    expect(openerFor('https://e.org', {}, 'darwin').command).toBe('open');
  });
});

describe('openLink with a hostile link', () => {
  // A fake browser that records the arguments it was given, one per line.
  async function fakeBrowser() {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-browser-'));
    const log = path.join(dir, 'args.log');
    const marker = path.join(dir, 'pwned');
    const script = path.join(dir, 'browser.sh');
    await writeFile(script, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> '${log}'; done\n`);
    await chmod(script, 0o755);
    return { script, log, marker };
  }

  it('passes shell metacharacters through as one argument and runs nothing else', async () => {
    const { script, log, marker } = await fakeBrowser();
    const link = `https://example.org/$(touch ${marker});touch${'${IFS}'}${marker}\`touch ${marker}\``;
    expect(openLink(link, { BROWSER: script }, 'linux')).toBeNull();
    expect(spawned.children).toHaveLength(1);
    const [browser] = spawned.children;
    if (browser!.exitCode === null) await once(browser!, 'exit');
    expect((await readFile(log, 'utf8')).trim()).toBe(link);
    await expect(readFile(marker)).rejects.toThrow();
  });

  it('says there is no browser when neither $BROWSER nor the platform’s opener can be found, starting nothing', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'livedesk-path-'));
    expect(openLink('https://example.org/', { PATH: empty }, 'linux')).toBe('no browser: xdg-open is not installed (set $BROWSER)');
    expect(openLink('https://example.org/', { BROWSER: 'no-such-browser-here', PATH: empty }, 'linux')).toBe(
      'no browser: no-such-browser-here is not installed (set $BROWSER)',
    );
    expect(openLink('https://example.org/', { BROWSER: path.join(empty, 'missing') }, 'linux')).toContain('is not installed');
    expect(spawned.children).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd'])('refuses %s without starting anything', async (link) => {
    const { script, log } = await fakeBrowser();
    expect(openLink(link, { BROWSER: script }, 'linux')).toContain('only http and https');
    expect(spawned.children).toEqual([]);
    await expect(readFile(log)).rejects.toThrow();
  });
});

describe('osc52Copy', () => {
  it('base64-encodes the text so nothing in it can end the sequence', () => {
    const sequence = osc52Copy('https://e.org/\x07\x1b]0;x');
    expect(sequence.startsWith('\x1b]52;c;')).toBe(true);
    expect(sequence.slice(7, -1)).toMatch(/^[A-Za-z0-9+/=]+$/);
  });
});
