// The HTML parser is loaded only when HTML is met: a plain-text live blog or a JSON
// Feed without markup never loads the bundle chunk that holds it; a web page does.
// Which modules a run loaded is recorded by a preloaded hook (record-modules.mjs).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../reliability/run-cli.js';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'livedesk-modules-'));

/** The chunk of the bundle that holds htmlparser2, found by a name its tokenizer calls. */
function parserChunk(): string {
  const chunks = path.join(REPO_ROOT, 'dist', 'chunks');
  const found = readdirSync(chunks).filter((name) => name.endsWith('.js') && readFileSync(path.join(chunks, name), 'utf8').includes('onopentagname'));
  expect(found).toHaveLength(1);
  return found[0]!;
}

async function loadedModules(source: string): Promise<string[]> {
  const log = path.join(dir, `${path.basename(source)}.modules`);
  writeFileSync(log, '');
  await run(process.execPath, ['--import', path.join(REPO_ROOT, 'tests', 'cli', 'record-modules.mjs'), CLI, '--json', '--no-archive', source], {
    cwd: REPO_ROOT,
    env: { ...process.env, LIVEDESK_TEST_MODULES: log },
  });
  return readFileSync(log, 'utf8').split('\n').filter((line) => line !== '');
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`the CLI is not built at ${CLI}: run "npm run build" (npm test does it first)`);
});

describe('the HTML parser is loaded on demand', () => {
  it('is not loaded for a plain-text live blog or a JSON Feed without markup', async () => {
    const chunk = parserChunk();
    const plain = await loadedModules(path.join(REPO_ROOT, 'feeds', 'kati-mutiny-live.txt'));
    // The hook sees the CLI itself, so an empty record cannot pass for "nothing loaded".
    expect(plain.some((url) => url.endsWith('/dist/cli.js'))).toBe(true);
    expect(plain.filter((url) => url.endsWith(chunk))).toEqual([]);
    const json = path.join(dir, 'plain.json');
    writeFileSync(json, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Desk', items: [{ id: '1', title: 'Calm', content_text: 'Nothing yet.' }] }));
    expect((await loadedModules(json)).filter((url) => url.endsWith(chunk))).toEqual([]);
  });

  it('is loaded for a web page', async () => {
    const chunk = parserChunk();
    const page = await loadedModules(path.join(REPO_ROOT, 'tests', 'fixtures', 'pages', 'liveblog-clocks.html'));
    expect(page.filter((url) => url.endsWith(chunk))).toHaveLength(1);
  });
});
