// One file typed three ways is one archived source, exported by its real path;
// `livedesk sources remove` takes it out again. The built CLI, as a person runs it.
import { execFile } from 'node:child_process';
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../reliability/run-cli.js';

function livedesk(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const FEEDS = path.join(REPO_ROOT, 'feeds');
const REACTIONS = realpathSync(path.join(FEEDS, 'kati-reactions.rss'));

describe('a source is the file, not the text typed for it', () => {
  it('feeds/x.rss, x.rss from inside feeds/ and the absolute path are one archived source', async () => {
    const archive = path.join(mkdtempSync(path.join(tmpdir(), 'livedesk-identity-')), 'archive.db');
    const runs = [
      await livedesk(REPO_ROOT, '--json', '--archive', archive, 'feeds/kati-reactions.rss'),
      await livedesk(FEEDS, '--json', '--archive', archive, 'kati-reactions.rss'),
      await livedesk('/', '--json', '--archive', archive, REACTIONS),
    ];
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).sources[0].id).toBe(REACTIONS);
    }
    const sources = JSON.parse((await livedesk(REPO_ROOT, 'sources', '--json', '--archive', archive)).stdout);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({ id: REACTIONS, location: REACTIONS, updates: 7 });
    // Another program reading the OPML finds the file from wherever it runs.
    const opml = (await livedesk(REPO_ROOT, 'export', '--format', 'opml', '--archive', archive)).stdout;
    expect(opml).toContain(`xmlUrl="${REACTIONS}"`);
    // Export and remove take any spelling of the source.
    const exported = await livedesk(FEEDS, 'export', '--archive', archive, 'kati-reactions.rss');
    expect(JSON.parse(exported.stdout).updates).toHaveLength(7);

    const removed = await livedesk(FEEDS, 'sources', 'remove', '--archive', archive, './kati-reactions.rss');
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toContain(REACTIONS);
    expect(removed.stdout).toMatch(/7 updates/u);
    expect(JSON.parse((await livedesk(REPO_ROOT, 'sources', '--json', '--archive', archive)).stdout)).toEqual([]);
    const again = await livedesk(FEEDS, 'sources', 'remove', '--archive', archive, 'kati-reactions.rss');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/holds no source/u);
  });
});
