// `livedesk search` as a person runs it: the built CLI archives the demo feeds as
// they are read, then finds in them, across both sources, what was asked for.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../archive/temp-archive.js';
import { runCli } from '../reliability/run-cli.js';

const tempDir = useTempDir();

describe('livedesk search, after a run has archived two sources', () => {
  it('finds updates of both, and reactions by who said them', async () => {
    const archive = path.join(tempDir(), 'archive.db');
    const read = await runCli(['--json', '--archive', archive, 'feeds/kati-mutiny-live.txt', 'feeds/kati-reactions.rss'], 20_000);
    expect([read.code, read.stderr]).toEqual([0, '']);

    const found = await runCli(['search', '--archive', archive, 'Keita', '-Kati'], 20_000);
    expect([found.code, found.stderr]).toEqual([0, '']);
    const titles = found.stdout.split('\n').filter((line) => /^\d{4}-/u.test(line));
    expect(titles.some((line) => line.includes('[mutiny-live] '))).toBe(true);
    expect(titles.some((line) => line.includes('[reactions] '))).toBe(true);
    expect(titles.filter((line) => /kati/iu.test(line))).toEqual([]);

    const json = await runCli(['search', '--json', '--archive', archive, 'Dujarric'], 20_000);
    const { results } = JSON.parse(json.stdout) as { results: Array<{ reaction: { actor: string } | null }> };
    expect(results.map((result) => result.reaction?.actor)).toContain('Stephane Dujarric');
  });
});
