// A desk editor's keys in a real terminal, on the demo's files, a feed served from
// 127.0.0.1 and a real archive: the sources pane (S), a search of the archive across
// events (f), marking many read (C, u), and what r says in the status line at 80 columns.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serveRss, type FeedServer } from '../net/feed-server.js';
import { REPO_ROOT, runInPty, type PtyRun } from './pty-terminal.js';

const BLOG = path.join(REPO_ROOT, 'feeds', 'kati-mutiny-live.txt');
const REACTIONS = path.join(REPO_ROOT, 'feeds', 'kati-reactions.rss');
const ENTER = '\r';
const ESC = '\x1b';

const FLOODS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Flood desk</title>
<item><title>River breaks its banks</title><guid>f1</guid><pubDate>Wed, 23 Oct 2019 16:40:00 GMT</pubDate>
<description>A night curfew keeps people away from the quays, the governor says.</description></item></channel></rss>`;

let pty: PtyRun | null = null;
let server: FeedServer | null = null;
afterEach(async () => {
  pty?.kill();
  pty = null;
  await server?.close();
  server = null;
});

async function key(run: PtyRun, sequence: string, expected: (screen: string) => boolean, what: string) {
  run.write(sequence);
  return run.waitForScreen(expected, what);
}

const line = (screen: string, text: string) => screen.split('\n').find((row) => row.includes(text)) ?? '';

describe('a desk editor’s keys in a real terminal', () => {
  it('lists the sources, searches the archive across events, marks everything read and says what r did, at 80×24', async () => {
    const archive = path.join(mkdtempSync(path.join(tmpdir(), 'livedesk-desk-')), 'archive.db');
    server = await serveRss(() => FLOODS);
    // Another event, followed in an earlier run: only the archive has it now.
    pty = runInPty(['--archive', archive, server.url('/floods.rss')], { columns: 80, rows: 24 });
    await pty.waitForText('River breaks its banks');
    pty.write('q');
    expect(await pty.waitForExit()).toBe(0);

    pty = runInPty(['--archive', archive, BLOG, REACTIONS], { columns: 80, rows: 24 });
    const run = pty;
    await run.waitForScreen((s) => s.includes('Keita steps down') && s.includes('q quit'), 'the first frame');

    const sources = await key(run, 'S', (s) => s.includes('Sources (2)') && s.includes('7 unread of 7'), 'the sources pane');
    expect(line(sources, 'All sources')).toMatch(/› All sources \(shown\) +21 unread of 21/);
    expect(line(sources, 'Sahel Desk')).toMatch(/7 unread of 7 +file/);
    await key(run, 'G', (s) => /› Sahel Desk/.test(s), 'the reactions feed selected');
    const narrowed = await key(run, ENTER, (s) => s.includes('Sahel Desk: world reactions 1/7'), 'the timeline of one source');
    expect(narrowed).not.toContain('Keita steps down in late-night address');
    await key(run, ESC, (s) => s.includes('Timeline 1/21'), 'every source again');

    await key(run, 'f', (s) => s.includes('Find: ') && s.includes('Enter search'), 'the search prompt');
    run.write('curfew');
    const found = await key(run, ENTER, (s) => /Find: curfew — \d+ found/.test(s), 'the results');
    expect(found).toContain('River breaks its banks');
    await key(run, 'G', (s) => /› .*River breaks its banks/.test(s), 'the flood result selected');
    const opened = await key(run, ENTER, (s) => s.includes('Source: Flood desk'), 'the flood update opened');
    expect(opened).toContain('A night curfew keeps people away from the quays');
    await key(run, ESC, (s) => s.includes('Find: curfew'), 'back to the results');
    await key(run, ESC, (s) => s.includes('Timeline 1/21'), 'back to the timeline');

    const marked = await key(run, 'C', (s) => s.includes('marked read · u undoes'), 'everything marked read');
    expect(marked).not.toMatch(/ • \d/);
    const undone = await key(run, 'u', (s) => s.includes('marked unread again'), 'the marks undone');
    expect(line(undone, 'Soldiers promise')).toMatch(/› • 19 Aug 04:00/);

    const said = await key(run, 'r', (s) => s.includes('A file: read again when it changes'), 'what r did');
    expect(said.split('\n').every((row) => row.length <= 80)).toBe(true);
    run.write('q');
    expect(await run.waitForExit()).toBe(0);
  });
});
