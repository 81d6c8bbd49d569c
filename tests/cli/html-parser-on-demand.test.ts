// The HTML parser runs only when HTML is met: a plain-text live blog or a JSON Feed
// without markup never runs a line of htmlparser2 (so, with the app compiled lazily, its
// code is never compiled either); a web page does. Which functions of the bundled app
// ran is V8's own count (NODE_V8_COVERAGE), mapped back to the packages through the
// bundle's source map.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../reliability/run-cli.js';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'livedesk-coverage-'));
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const APP = path.join(REPO_ROOT, 'dist', 'cli-app.js');

interface Coverage {
  result: Array<{ url: string; functions: Array<{ ranges: Array<{ startOffset: number; count: number }> }> }>;
}

/** The packages whose code ran in one `--json` run of `source`, from where each function that ran begins. */
async function packagesThatRan(source: string): Promise<Set<string>> {
  const coverage = mkdtempSync(path.join(dir, 'run-'));
  await run(process.execPath, [CLI, '--json', '--no-archive', source], { cwd: REPO_ROOT, env: { ...process.env, NODE_V8_COVERAGE: coverage } });
  const files = readdirSync(coverage).map((name) => JSON.parse(readFileSync(path.join(coverage, name), 'utf8')) as Coverage);
  const app = files.flatMap((file) => file.result).find((script) => script.url === pathToFileURL(APP).href);
  expect(app, 'the bundled app is in the coverage').toBeDefined();
  const text = readFileSync(APP, 'utf8');
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const map = new SourceMap(JSON.parse(readFileSync(`${APP}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
  const packages = new Set<string>();
  for (const fn of app!.functions) {
    const { startOffset, count } = fn.ranges[0]!;
    if (count === 0) continue;
    let line = lineStarts.length - 1;
    while (lineStarts[line]! > startOffset) line--;
    const entry = map.findEntry(line, startOffset - lineStarts[line]!) as { originalSource?: string };
    const found = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(entry.originalSource ?? '');
    packages.add(found ? found[1]! : 'ours');
  }
  return packages;
}

beforeAll(() => {
  if (!existsSync(APP)) throw new Error(`the CLI is not built at ${APP}: run "npm run build" (npm test does it first)`);
});

describe('the HTML parser runs on demand', () => {
  it('does not run for a plain-text live blog or a JSON Feed without markup', async () => {
    const plain = await packagesThatRan(path.join(REPO_ROOT, 'feeds', 'kati-mutiny-live.txt'));
    // Our own code is seen running, so an empty record cannot pass for "the parser did not run".
    expect(plain.has('ours')).toBe(true);
    expect(plain.has('htmlparser2')).toBe(false);
    const json = path.join(dir, 'plain.json');
    writeFileSync(json, JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Desk', items: [{ id: '1', title: 'Calm', content_text: 'Nothing yet.' }] }));
    expect((await packagesThatRan(json)).has('htmlparser2')).toBe(false);
  });

  it('runs for a web page', async () => {
    const page = await packagesThatRan(path.join(REPO_ROOT, 'tests', 'fixtures', 'pages', 'liveblog-clocks.html'));
    expect(page.has('htmlparser2')).toBe(true);
  });
});
