// --json --follow as a script uses it: a real server on 127.0.0.1, a real file,
// the built CLI as a child process, one JSON object per line.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../e2e/pty-terminal.js';

type Line = { type: string; [field: string]: any };

let child: ChildProcess | null = null;
let server: http.Server | null = null;
afterEach(async () => {
  child?.kill('SIGKILL');
  child = null;
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  server = null;
});

function follow(args: string[]) {
  const lines: Line[] = [];
  let stderr = '';
  child = spawn(process.execPath, [CLI, '--json', '--follow', ...args], { cwd: REPO_ROOT, env: { ...process.env, TZ: 'UTC' } });
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const part of parts) if (part !== '') lines.push(JSON.parse(part));
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
  async function waitFor(predicate: (all: Line[]) => boolean, what: string, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(lines)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(lines).slice(0, 800)} ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  return { lines, waitFor, exited, stderr: () => stderr };
}

function rss(items: Array<{ id: string; title: string; body: string; minute: number }>): string {
  const xml = items
    .map(
      (item) =>
        `<item><title>${item.title}</title><guid>${item.id}</guid><pubDate>${new Date(Date.UTC(2020, 7, 18, 12, item.minute)).toUTCString()}</pubDate><description>${item.body}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${xml}</channel></rss>`;
}

describe('livedesk --json --follow', () => {
  it('streams new and edited updates from a polled URL and ends cleanly on SIGTERM', async () => {
    let items = [{ id: 'a', title: 'First', body: 'Calm so far.', minute: 1 }];
    server = http.createServer((request, response) => {
      const body = rss(items);
      const etag = `"${Buffer.from(body).length}-${items.length}-${items[0]!.body.length}"`;
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.rss`;

    const run = follow(['--interval', '1s', url]);
    await run.waitFor((all) => all.some((l) => l.type === 'update' && l.update.title === 'First'), 'the first update');
    await run.waitFor((all) => all.some((l) => l.type === 'status' && l.state === 'not-modified'), 'a 304 status');

    items = [
      { id: 'b', title: 'Second', body: '“We urge calm,” the mayor said.', minute: 2 },
      { id: 'a', title: 'First', body: 'Calm so far. Then shots were heard.', minute: 1 },
    ];
    await run.waitFor((all) => all.some((l) => l.type === 'edit' && l.update.guid === 'a'), 'the edit of a');
    const lines = run.lines;
    expect(lines.filter((l) => l.type === 'update').map((l) => l.update.title)).toEqual(['First', 'Second']);
    expect(lines.find((l) => l.type === 'edit')!.update.body).toBe('Calm so far. Then shots were heard.');
    expect(lines.some((l) => l.type === 'reaction' && l.reaction.text.includes('We urge calm'))).toBe(true);
    const status = lines.find((l) => l.type === 'status' && l.state === 'ok')!;
    expect(status).toMatchObject({ sourceId: url, httpStatus: 200 });
    expect(Date.parse(status.nextPollAt)).toBeGreaterThan(0);

    child!.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('streams entries appended to a local live blog', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedesk-follow-'));
    const file = path.join(dir, 'live.txt');
    await writeFile(file, 'A live blog.\n\n16:00 GMT – Roads closed\nThe bridge is shut.\n');
    const run = follow([file]);
    await run.waitFor((all) => all.some((l) => l.type === 'update'), 'the first entry');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await writeFile(file, 'A live blog.\n\n16:30 GMT – Bridge reopens\nTraffic moves again.\n\n16:00 GMT – Roads closed\nThe bridge is shut.\n');
    await run.waitFor((all) => all.some((l) => l.type === 'update' && l.update.title === 'Bridge reopens'), 'the new entry');
    expect(run.lines.filter((l) => l.type === 'update')).toHaveLength(2);
    child!.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });
});

describe('livedesk --json with URLs', () => {
  it('fetches once and prints, or exits 1 with the reason when the server is down', async () => {
    server = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([{ id: 'x', title: 'Only', body: 'Text.', minute: 0 }]));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.rss`;
    const runOnce = (...args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [CLI, ...args], { cwd: REPO_ROOT }, (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        );
      });
    const good = await runOnce('--json', url);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout).updates.map((u: { title: string }) => u.title)).toEqual(['Only']);
    const dead = await runOnce('--json', 'http://127.0.0.1:9/none.rss');
    expect(dead.code).toBe(1);
    expect(dead.stderr).toContain('connection refused');
  });
});
