import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keymapMarkdown } from '../src/state/keymap.js';
import { CLI, REPO_ROOT } from './e2e/pty-terminal.js';

const hasJq = spawnSync('jq', ['--version']).status === 0;
if (!hasJq) console.warn('README: jq is not installed, so the jq example is not run');

const README = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md'), 'utf8');

describe('README', () => {
  it('starts with the install-and-start command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(README)?.[1] ?? '';
    expect(firstBlock).toContain('npm ci && npm start');
    expect(firstBlock).toContain('npm test');
  });

  it('carries the key table generated from the keymap (npm run readme:keys)', () => {
    expect(README).toContain(keymapMarkdown());
  });

  it.skipIf(!hasJq)('has a jq example that names each reaction’s speaker, or says there is none, never "null"', () => {
    const example = /^livedesk (--json \S+) \| jq -r '(.+)'$/mu.exec(README);
    expect(example).not.toBeNull();
    const [, args, filter] = example!;
    const json = execFileSync(process.execPath, [CLI, '--no-archive', ...args!.split(' ')], { cwd: REPO_ROOT, encoding: 'utf8' });
    const lines = execFileSync('jq', ['-r', filter!], { input: json, encoding: 'utf8' }).trimEnd().split('\n');
    expect(lines.length).toBe(JSON.parse(json).reactions.length);
    expect(lines.filter((line) => line.startsWith('null'))).toEqual([]);
    expect(lines).toContain('Josep Borrell: any unconstitutional change');
    expect(lines).toContain('(unattributed): within a reasonable time');
  });
});
