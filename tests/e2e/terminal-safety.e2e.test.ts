// Hostile feeds in every field and format, shown by the built CLI in a real
// pseudo-terminal: the raw bytes livedesk writes must hold none of the attacks —
// the timeline, the detail view, the sources page and the desktop notifications.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { HOSTILE, hostileJsonFeed, hostileLiveBlog, hostileRss } from '../fixtures/hostile/hostile-text.js';
import { runInPty } from './pty-terminal.js';
import { serveRss } from '../net/feed-server.js';

const ESC = '\x1b';
const BEL = '\x07';

/** The feed as first served, then with one more hostile item for --notify to announce. */
function withLateItem(rss: string): string {
  // A day later than the rest, so it is not taken for another outlet's copy of them.
  const item = `<item><guid>late</guid><title><![CDATA[Late ${HOSTILE}]]></title><pubDate>Wed, 19 Aug 2020 17:00:00 GMT</pubDate></item>`;
  return rss.replace('</channel>', `${item}</channel>`);
}

/** livedesk's own notifications: a bell, then OSC 9 ended by BEL. */
const NOTIFICATION = /\x07\x1b\]9;livedesk: ([^\x07]*)\x07/g;

describe('hostile feeds in a real terminal', () => {
  it('never let a control sequence from a feed reach the terminal', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'livedesk-hostile-'));
    const blog = path.join(dir, 'hostile.txt');
    const json = path.join(dir, 'hostile.json');
    writeFileSync(blog, hostileLiveBlog());
    writeFileSync(json, hostileJsonFeed());
    let polls = 0;
    const server = await serveRss(() => (++polls === 1 ? hostileRss() : withLateItem(hostileRss())));
    onTestFinished(() => server.close());
    const url = server.url('/hostile.rss');

    const run = runInPty(['--no-archive', '--notify', '--interval', '1s', url, blog, json], { columns: 140, rows: 40 });
    // The whole frame: the status line shows the update counts before a source's (hostile, long) title.
    await run.waitForScreen((s) => s.includes('Late') && s.includes('q quit'), 'the late hostile item');
    await run.waitForScreen(() => run.raw().includes(`${ESC}]9;`), 'a notification');
    // Every view that shows feed text: the detail view of each kind of source, then the sources page.
    // Each key waits for its view, so the next is read by the view it is meant for.
    const timeline = (s: string) => s.includes('Enter open');
    const steps: Array<[string, (screen: string) => boolean, string]> = [
      ['\r', (s) => /Update .*\(Esc back\)/.test(s), 'the detail view'],
      ['\x1b', timeline, 'the timeline'],
      ['G', (s) => /Timeline (\d+)\/\1\b/.test(s), 'the selection on the last update'],
      ['\r', (s) => /Update .*\(Esc back\)/.test(s), 'the last update’s detail view'],
      ['\x1b', timeline, 'the timeline'],
      ['i', (s) => /Sources .*\(Esc back\)/.test(s), 'the sources page'],
      ['\x1b', (s) => timeline(s) && s.includes('Title'), 'the timeline again'],
    ];
    for (const [keys, shown, what] of steps) {
      run.write(keys);
      await run.waitForScreen(shown, what);
    }
    run.write('q');
    expect(await run.waitForExit()).toBe(0);

    const raw = run.raw();
    const notifications = [...raw.matchAll(NOTIFICATION)].map((match) => match[1]!);
    expect(notifications.length).toBeGreaterThan(0);
    expect(notifications.join('\n')).toContain('Late');
    for (const text of notifications) expect(text).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);

    // With livedesk's own notifications taken out, what is left is Ink's drawing and the feed's text.
    const drawn = raw.replace(NOTIFICATION, '');
    for (const attack of [
      `${ESC}[31mred`,
      `${ESC}[2Jclear`,
      `${ESC}[2Jgone`,
      `${ESC}[2Jref`,
      `${ESC}]0;`,
      `${ESC}]2;`,
      `${ESC}]8;`,
      `${ESC}]52;`,
      'overwritten\rcr',
    ]) {
      expect(drawn, JSON.stringify(attack)).not.toContain(attack);
    }
    expect(drawn).not.toContain(BEL);
    // NUL, backspace, C1 controls (U+009B and U+009D among them), bidi overrides and isolates, line separators.
    expect(drawn).not.toMatch(/[\x00\x08\x80-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u);
    // And the feed's words arrived, with each control shown as a visible picture.
    expect(drawn).toContain('␛');
    for (const word of ['osc0', 'osc2', 'osc52', 'bidi', 'isolate']) expect(drawn).toContain(word);
  }, 60_000);
});
