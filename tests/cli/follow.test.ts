// --json --follow as a script uses it: a real server on 127.0.0.1, a real file,
// the built CLI as a child process, one JSON object per line.
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CLI, REPO_ROOT } from '../e2e/pty-terminal.js';
import { rss } from '../fixtures/rss.js';
import { conditionalFeed, serveFeed, serveRss, startFeedServer } from '../net/feed-server.js';
import { waitFor } from '../wait-for.js';
import { runCli } from '../reliability/run-cli.js';
import { type LiveEntry, livePage } from '../fixtures/live-page.js';

type Line = { type: string; [field: string]: any };

/** livedesk --json --follow, killed when the test ends. */
function follow(args: string[]) {
  const lines: Line[] = [];
  let stderr = '';
  const child = spawn(process.execPath, [CLI, '--json', '--follow', ...args], { cwd: REPO_ROOT, env: { ...process.env, TZ: 'UTC' } });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const part of parts) if (part !== '') lines.push(JSON.parse(part));
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitForLines = (predicate: (all: Line[]) => boolean, what: string) =>
    waitFor(() => predicate(lines), () => `${what}; got ${JSON.stringify(lines).slice(0, 800)} ${stderr}`, 20_000);
  return { lines, waitFor: waitForLines, exited, stderr: () => stderr, kill: (signal: NodeJS.Signals) => child.kill(signal) };
}

function wire(items: Array<{ id: string; title: string; body: string; minute: number }>): string {
  return rss(items.map((item) => ({ guid: item.id, title: item.title, description: item.body, pubDate: Date.UTC(2020, 7, 18, 12, item.minute) })), 'Wire');
}

describe('livedesk --json --follow', () => {
  it('streams new and edited updates from a polled URL and ends cleanly on SIGTERM', async () => {
    let items = [{ id: 'a', title: 'First', body: 'Calm so far.', minute: 1 }];
    const server = await startFeedServer();
    onTestFinished(() => server.close());
    server.handle(serveFeed(conditionalFeed(() => wire(items))));
    const url = server.url('/feed.rss');

    const run = follow(['--interval', '1s', url]);
    await run.waitFor((all) => all.some((l) => l.type === 'update' && l.update.title === 'First'), 'the first update');
    await run.waitFor((all) => all.some((l) => l.type === 'status' && l.state === 'not-modified'), 'a 304 status');

    items = [
      { id: 'b', title: 'Second', body: '“We urge calm,” the mayor said.', minute: 2 },
      { id: 'a', title: 'First', body: 'Calm so far. Then shots were heard.', minute: 1 },
    ];
    // One poll brings both; its reactions are written after its updates and edits.
    await run.waitFor(
      (all) => all.some((l) => l.type === 'edit' && l.update.guid === 'a') && all.some((l) => l.type === 'reaction' && l.reaction.text.includes('We urge calm')),
      'the edit of a and the reaction that came with b',
    );
    const lines = run.lines;
    expect(lines.filter((l) => l.type === 'update').map((l) => l.update.title)).toEqual(['First', 'Second']);
    expect(lines.find((l) => l.type === 'edit')!.update.body).toBe('Calm so far. Then shots were heard.');
    expect(lines.some((l) => l.type === 'reaction' && l.reaction.text.includes('We urge calm'))).toBe(true);
    const status = lines.find((l) => l.type === 'status' && l.state === 'ok')!;
    expect(status).toMatchObject({ sourceId: url, httpStatus: 200 });
    expect(Date.parse(status.nextPollAt)).toBeGreaterThan(0);

    run.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('streams entries appended to a local live blog', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-follow-'));
    const file = path.join(dir, 'live.txt');
    await writeFile(file, 'A live blog.\n\n16:00 GMT – Roads closed\nThe bridge is shut.\n');
    const run = follow([file]);
    // The file is watched before the first line is written, so a change after it is seen.
    await run.waitFor((all) => all.some((l) => l.type === 'update'), 'the first entry');
    await writeFile(file, 'A live blog.\n\n16:30 GMT – Bridge reopens\nTraffic moves again.\n\n16:00 GMT – Roads closed\nThe bridge is shut.\n');
    await run.waitFor((all) => all.some((l) => l.type === 'update' && l.update.title === 'Bridge reopens'), 'the new entry');
    expect(run.lines.filter((l) => l.type === 'update')).toHaveLength(2);
    run.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });
});

describe('livedesk --json with URLs', () => {
  it('fetches once and prints, or exits 1 with the reason when the server is down', async () => {
    const server = await serveRss(() => wire([{ id: 'x', title: 'Only', body: 'Text.', minute: 0 }]));
    onTestFinished(() => server.close());
    const url = server.url('/feed.rss');
    const runOnce = (...args: string[]) => runCli(args);
    const good = await runOnce('--json', url);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout).updates.map((u: { title: string }) => u.title)).toEqual(['Only']);
    const dead = await runOnce('--json', 'http://127.0.0.1:9/none.rss');
    expect(dead.code).toBe(1);
    expect(dead.stderr).toContain('connection refused');
  });
});

describe('livedesk --json --follow on a live-blog web page', () => {
  it('streams an update added to the page as new and one whose text changed as an edit', async () => {
    let entries: LiveEntry[] = [
      { id: 'e2', time: '2024-03-04T11:30:00Z', title: 'Ferries cancelled', paragraphs: ['Every crossing is off until tomorrow.'] },
      { id: 'e1', time: '2024-03-04T11:10:00Z', title: 'Gales arrive', paragraphs: ['Gusts of 90 km/h at the lighthouse.'] },
    ];
    const server = await startFeedServer();
    onTestFinished(() => server.close());
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(livePage('Storm Edda live', entries));
    });
    const url = server.url('/live/storm');

    const run = follow(['--interval', '1s', url]);
    await run.waitFor((all) => all.filter((l) => l.type === 'update').length === 2, 'the two updates on the page');
    entries = [
      { id: 'e3', time: '2024-03-04T11:50:00Z', title: 'Quay closed', paragraphs: ['“We will not reopen the quay tonight,” the harbour master said.'] },
      entries[0]!,
      { ...entries[1]!, paragraphs: ['Gusts of 90 km/h at the lighthouse.', 'The weather service has raised its warning to red.'] },
    ];
    await run.waitFor((all) => all.some((l) => l.type === 'edit'), 'the edit');
    await run.waitFor((all) => all.some((l) => l.type === 'update' && l.update.title === 'Quay closed'), 'the new update');
    // A poll's reactions are written after its updates: they may arrive in a later chunk.
    await run.waitFor((all) => all.some((l) => l.type === 'reaction' && l.reaction.text.includes('We will not reopen')), 'the quote in the new update');
    const updates = run.lines.filter((l) => l.type === 'update').map((l) => [l.update.guid, l.update.time, l.update.title]);
    expect(updates).toEqual([
      ['e1', '2024-03-04T11:10:00.000Z', 'Gales arrive'],
      ['e2', '2024-03-04T11:30:00.000Z', 'Ferries cancelled'],
      ['e3', '2024-03-04T11:50:00.000Z', 'Quay closed'],
    ]);
    const edits = run.lines.filter((l) => l.type === 'edit');
    expect(edits.map((l) => [l.update.guid, l.update.body])).toEqual([
      ['e1', 'Gusts of 90 km/h at the lighthouse.\n\nThe weather service has raised its warning to red.'],
    ]);
    expect(run.lines.find((l) => l.type === 'update' && l.update.guid === 'e3')!.update.link).toBe(`${url}#e3`);
    run.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });
});
