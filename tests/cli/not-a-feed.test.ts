// Files that are neither feeds nor live blogs, given as a user gives them by
// mistake: each is one line on stderr saying what the file is, exit 1 when nothing
// else was given, never an empty live blog with exit 0.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../reliability/run-cli.js';

const GOOD = 'feeds/kati-reactions.rss';
let dir = '';
const files: Record<string, string> = {};

const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Desk feeds</title></head><body>
  <outline type="rss" text="Reactions" xmlUrl="${path.resolve(GOOD)}"/>
</body></opml>
`;
const URLS = `# the desk's feeds
https://example.org/live.rss "~Live"
https://example.org/wire.atom
`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'livedesk-not-a-feed-'));
  const write = async (name: string, content: string) => {
    files[name] = path.join(dir, name);
    await writeFile(files[name]!, content);
  };
  await write('subs.opml', OPML);
  await write('urls', URLS);
  await write('one-line.txt', 'lorem ipsum '.repeat(900_000)); // 10 MB, no line break
  await write('big-lead.txt', `${'A lead that never ends '.repeat(100_000)}\n\n16:40 GMT – Protesters gather\nCrowds filled the square.\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refused(...args: string[]) {
  const run = await runCli(['--no-archive', ...args], 30_000);
  expect(run.killed).toBe(false);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0] ?? '';
}

describe('a file that is not a feed or a live blog', () => {
  it('package.json is JSON, but not a JSON Feed', async () => {
    expect(await refused('--json', 'package.json')).toBe(
      'livedesk: package.json: this is JSON, but not a JSON Feed (it has no "version" from jsonfeed.org and no "items" list)',
    );
  });

  it('README.md is Markdown', async () => {
    expect(await refused('--print', 'README.md')).toBe(
      'livedesk: README.md: this is Markdown (like a README) with no time-stamped entry, not a live blog',
    );
  });

  it.runIf(existsSync('/etc/passwd'))('/etc/passwd is text with no time-stamped entry', async () => {
    expect(await refused('--json', '/etc/passwd')).toMatch(
      /^livedesk: \/etc\/passwd: [\d,]+ lines? of text, none of them a time-stamped entry such as "16:40 GMT – Title": not a live blog$/,
    );
  });

  it('an OPML file points to --opml', async () => {
    expect(await refused('--json', files['subs.opml']!)).toBe(
      `livedesk: ${files['subs.opml']}: this is an OPML file (a list of feeds): follow it with --opml`,
    );
  });

  it('a urls file points to --urls', async () => {
    expect(await refused('--json', files['urls']!)).toBe(
      `livedesk: ${files['urls']}: this is a list of feed addresses (a urls file): follow it with --urls`,
    );
  });

  it('a 10 MB single line is sized, not printed', async () => {
    expect(await refused('--print', files['one-line.txt']!)).toBe(
      `livedesk: ${files['one-line.txt']}: this is one line of 10.3 MB of text with no time-stamped entry, not a live blog`,
    );
  });

  it('leaves the good source beside it loading, exit 0', async () => {
    const run = await runCli(['--json', '--no-archive', 'package.json', GOOD], 30_000);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^livedesk: package\.json: this is JSON, but not a JSON Feed/);
    const desk = JSON.parse(run.stdout) as { updates: unknown[] };
    expect(desk.updates.length).toBeGreaterThan(0);
  });

  it('keeps a live blog’s summary to its first few thousand characters', async () => {
    const run = await runCli(['--print', '--no-archive', files['big-lead.txt']!], 30_000);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Protesters gather');
    expect(run.stdout.length).toBeLessThan(10_000);
  });
});

describe('a list given with the wrong flag', () => {
  it('--urls with an OPML file says to use --opml instead of reading its lines as sources', async () => {
    const run = await runCli(['--json', '--no-archive', '--urls', files['subs.opml']!], 30_000);
    expect(run.stderr).toContain(`livedesk: --urls ${files['subs.opml']}: this is an OPML file: use --opml ${files['subs.opml']}\n`);
    expect(run.stderr).not.toContain('no such file');
    expect(run.code).toBe(2); // nothing left to follow
  });

  it('--opml with a urls file says to use --urls', async () => {
    const run = await runCli(['--json', '--no-archive', '--opml', files['urls']!], 30_000);
    expect(run.stderr).toContain(`livedesk: --opml ${files['urls']}: this is a urls file: use --urls ${files['urls']}\n`);
  });

  it('--urls with a feed says to give the feed as a source', async () => {
    const run = await runCli(['--json', '--no-archive', '--urls', GOOD], 30_000);
    expect(run.stderr).toContain(`livedesk: --urls ${GOOD}: this is a feed, not a list of feeds: give it as a SOURCE\n`);
  });
});
