// `livedesk search` against a real archive file: the lines a person reads, the
// JSON a script reads, and what it says when there is nothing to find.
import { describe, expect, it } from 'vitest';
import type { Update } from '../../src/model.js';
import { updateKey } from '../../src/desk/update-key.js';
import { publicReactionId, publicUpdateId } from '../../src/headless/public-ids.js';
import { runSubcommand } from '../../src/cli/run-subcommand.js';
import { START } from '../fixtures/make-updates.js';
import { mustOpen, useTempDir } from '../archive/temp-archive.js';
import { archiveIn, run, seedArchive, SEEN_AT } from './seed-archive.js';

const tempDir = useTempDir();

function seeded(): string {
  const path = archiveIn(tempDir());
  const desk = seedArchive(path);
  const archive = mustOpen(path);
  // Written by hand, as an older build might have: raw controls in the stored text.
  const hostile: Update = {
    id: 'h1',
    key: updateKey('wire', 'h1'),
    sourceId: 'wire',
    time: START - 120_000,
    timeText: null,
    title: 'Curfew \u001b]0;pwned\u0007 at dusk',
    body: 'A curfew from dusk \u001b[2Jto dawn\u009b, said the junta.',
    link: null,
    author: null,
  };
  archive.saveUpdates('wire', [hostile], [], SEEN_AT);
  archive.close();
  expect(desk.reactions.length).toBeGreaterThan(0);
  return path;
}

async function runAtTerminal(argv: string[]) {
  const out: string[] = [];
  const code = await runSubcommand(argv, { stdout: (text) => out.push(text), stderr: () => undefined, env: {}, now: () => START, isTerminal: true });
  return { code, stdout: out.join('') };
}

describe('livedesk search', () => {
  it('prints each hit with its time, source, title and the words around the match', async () => {
    const { code, stdout, stderr } = await run(['search', '--archive', seeded(), 'paragraph', 'commas']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      [
        '2020-08-18 16:40Z  [blog] =HYPERLINK("http://evil.example","click") *bold* [x](y)',
        '                   First paragraph, with "quotes", commas and a line break. Second paragraph is not in excerpts.',
        '',
      ].join('\n'),
    );
  });

  it('names the speaker when the words were found in a reaction', async () => {
    const { stdout } = await run(['search', '--archive', seeded(), 'restraint']);
    expect(stdout).toBe(['2020-08-18 16:39Z  [wire] -1 soldiers? @channel', '                   UN: Restraint, please.', ''].join('\n'));
  });

  it('joins its words into one search, with phrases, OR and words left out', async () => {
    const path = seeded();
    const titles = async (...words: string[]) =>
      (await run(['search', '--archive', path, ...words])).stdout.split('\n').filter((line) => /^\d/u.test(line)).map((line) => line.slice(26));
    expect((await titles('update', '-heading')).sort()).toEqual(['-1 soldiers? @channel', 'Update 1']);
    expect(await titles('"We urge calm"')).toEqual(['=HYPERLINK("http://evil.example","click") *bold* [x](y)']);
    expect((await titles('restraint', 'OR', 'condemn')).sort()).toEqual(['-1 soldiers? @channel', 'Update 1']);
  });

  it('prints JSON with --json, with the ids --json gives updates and reactions', async () => {
    const { code, stdout } = await run(['search', '--json', '--archive', seeded(), 'restraint']);
    expect(code).toBe(0);
    const wire = updateKey('wire', 'u1');
    expect(JSON.parse(stdout)).toEqual({
      query: 'restraint',
      more: false,
      results: [
        {
          id: publicUpdateId(wire),
          guid: 'u1',
          sourceId: 'wire',
          source: 'Wire: "Mali" & <friends>',
          time: new Date(START - 30_000).toISOString(),
          timeText: null,
          title: '-1 soldiers? @channel',
          link: 'javascript:alert(1)',
          snippet: 'Restraint, please.',
          reaction: { id: publicReactionId({ id: `${wire}#1`, updateKey: wire }), actor: 'UN' },
          score: expect.any(Number),
        },
      ],
    });
  });

  it('stops at --limit and says how to see more', async () => {
    const path = seeded();
    const { stdout } = await run(['search', '--archive', path, '--limit', '1', 'update']);
    expect(stdout.split('\n').filter((line) => /^\d/u.test(line))).toHaveLength(1);
    expect(stdout).toMatch(/\nMore updates match; --limit 2 shows more\.\n$/u);
    const json = JSON.parse((await run(['search', '--json', '--archive', path, '--limit', '1', 'update'])).stdout);
    expect([json.results.length, json.more]).toEqual([1, true]);
  });

  it('says when nothing matches, and exits 0', async () => {
    const path = seeded();
    const { code, stdout } = await run(['search', '--archive', path, 'volcano']);
    expect(code).toBe(0);
    expect(stdout).toBe(`Nothing in the archive at ${path} matches: volcano\n`);
  });

  it('takes the characters of FTS5 syntax as text', async () => {
    const path = seeded();
    for (const words of [['"curfew'], ['curfew)'], ['(curfew', 'AND'], ['curfew*'], ['curfew^'], ['curfew', '-'], ['--', 'curfew']]) {
      const { code, stdout, stderr } = await run(['search', '--archive', path, ...words]);
      expect([code, stderr], words.join(' ')).toEqual([0, '']);
      expect(stdout).toContain('[wire] Curfew');
    }
  });

  it('never writes a control character from the archive to the terminal, and marks matches in bold only there', async () => {
    const path = seeded();
    const piped = await run(['search', '--archive', path, 'curfew']);
    expect(piped.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    expect(piped.stdout).toContain('Curfew ␛]0;pwned␇ at dusk');
    const terminal = await runAtTerminal(['search', '--archive', path, 'curfew']);
    expect(terminal.stdout).toContain('\u001b[1mcurfew\u001b[22m');
    expect(terminal.stdout.replace(/\u001b\[(1|22)m/gu, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
  });

  it('is a usage mistake to search for nothing, or only for what to leave out', async () => {
    const path = seeded();
    expect(await run(['search', '--archive', path])).toEqual({
      code: 2,
      stdout: '',
      stderr: "livedesk search: give a word to search for\nTry 'livedesk search --help'.\n",
    });
    // A word after a minus is a word to leave out, not an option.
    expect((await run(['search', '--archive', path, '-condemn'])).stderr).toBe(
      "livedesk search: give at least one word to find, not only words to leave out (-condemn)\nTry 'livedesk search --help'.\n",
    );
    expect(await run(['search', '--archive', path, '--jsno', 'calm'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "livedesk search: unknown option '--jsno': did you mean --json?\n",
    });
    expect((await run(['search', '--archive', path, '--limit', 'ten', 'calm'])).stderr).toContain("--limit takes a number of results from 1 to 1000, not 'ten'");
  });

  it('says there is no archive yet rather than making one', async () => {
    const path = archiveIn(tempDir());
    const { code, stderr } = await run(['search', '--archive', path, 'calm']);
    expect(code).toBe(1);
    expect(stderr).toContain(`no archive at ${path} yet`);
  });

  it('explains itself with --help', async () => {
    const { code, stdout } = await run(['search', '--help']);
    expect(code).toBe(0);
    for (const text of ['Usage: livedesk search', '"a phrase"', 'word*', '-word', 'OR', '--limit', '--json']) expect(stdout).toContain(text);
  });
});
