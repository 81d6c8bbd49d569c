// A source's own name is as hostile as its content: a file named with an OSC
// window-title sequence and a C1 CSI, followed in the dashboard (sources page
// and status bar) and through every headless output and export.
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closedPort } from '../net/feed-server.js';
import { runCli } from '../reliability/run-cli.js';
import { REPO_ROOT, runInPty, type PtyRun } from './pty-terminal.js';

const ESC = '\x1b';
const BEL = '\x07';
// ESC ] 0 ; … BEL sets the window title; U+009B is a one-byte CSI; U+200B hides in plain sight.
const HOSTILE_NAME = `wire${ESC}]0;PWNED${BEL}\u009b31m\u200b.rss`;
/** What a terminal would act on: ESC, BEL, any other C0 but newline and CR, DEL, C1, bidi, zero-width. */
const RAW_CONTROL = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

function hostileCopy(): { dir: string; file: string; archive: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'livedesk-names-'));
  const file = path.join(dir, HOSTILE_NAME);
  copyFileSync(path.join(REPO_ROOT, 'feeds', 'kati-reactions.rss'), file);
  return { dir, file, archive: path.join(dir, 'archive.db') };
}

let pty: PtyRun | null = null;
afterEach(() => {
  pty?.kill();
  pty = null;
});

describe('a source whose file name holds control sequences', () => {
  it('reaches the sources page (i) and the status bar as visible pictures only', async () => {
    const { file } = hostileCopy();
    // A refused URL, so the status bar names a failing source by its location too.
    const refused = `http://127.0.0.1:${await closedPort()}/feed${ESC}]2;URLTITLE${BEL}.rss`;
    pty = runInPty(['--no-archive', file, refused], { columns: 140, rows: 40 });
    await pty.waitForText('Sahel Desk');
    await pty.waitForScreen((s) => s.includes('URLTITLE'), 'the refused URL in the status bar');
    pty.write('i');
    await pty.waitForScreen((s) => s.includes('PWNED') && s.includes('␛'), 'the sources page with the file name');
    pty.write('\x1b');
    await pty.waitForScreen((s) => !s.includes('PWNED'), 'the timeline again');
    pty.write('q');
    expect(await pty.waitForExit()).toBe(0);
    const raw = pty.raw();
    expect(raw).not.toContain(`${ESC}]0;PWNED`);
    expect(raw).not.toContain(`${ESC}]2;URLTITLE`);
    expect(raw).not.toContain(BEL);
    expect(raw).not.toMatch(/[\x80-\x9f\u200b]/u);
  }, 60_000);

  it('passes the sanitiser in --json, --print, sources and every export', async () => {
    const { file, archive } = hostileCopy();
    const outputs: Array<[string, string[]]> = [
      ['--json', ['--json', '--archive', archive, file]],
      ['--print', ['--print', '--archive', archive, file]],
      ['sources', ['sources', '--archive', archive]],
      ['sources --json', ['sources', '--json', '--archive', archive]],
      ...['json', 'ndjson', 'csv', 'md', 'opml'].map((format): [string, string[]] => [`export ${format}`, ['export', '--format', format, '--archive', archive]]),
    ];
    for (const [name, args] of outputs) {
      const run = await runCli(args, 20_000);
      expect(run.code, `${name}: ${run.stderr}`).toBe(0);
      // --print and Markdown show titles, not locations.
      if (name !== '--print' && name !== 'export md') expect(run.stdout, name).toMatch(/PWNED/);
      // CSV ends its rows with CR LF, as RFC 4180 asks; nothing else may carry a control.
      const text = name === 'export csv' ? run.stdout.replace(/\r\n/gu, '\n') : run.stdout;
      expect(RAW_CONTROL.exec(text)?.[0], name).toBeUndefined();
    }
    // Messages on stderr quote paths too.
    const blocked = `${file}/${HOSTILE_NAME}.db`;
    for (const args of [['--json', '--archive', blocked, file], ['export', '--archive', blocked], ['sources', '--archive', blocked]]) {
      const run = await runCli(args, 20_000);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('PWNED');
      expect(RAW_CONTROL.exec(run.stderr)?.[0], args.join(' ')).toBeUndefined();
    }
    // JSON keeps the exact name, as escapes: a script reading it finds the file.
    const json = JSON.parse((await runCli(['--json', '--archive', archive, file], 20_000)).stdout);
    expect(json.sources[0].location).toBe(file);
  }, 60_000);
});
