import { describe, expect, it } from 'vitest';
import { SUBCOMMANDS } from '../../src/cli/run-subcommand.js';
import { startPath } from '../../src/launch/start-path.js';

describe('startPath', () => {
  it('is the dashboard for sources on a terminal', () => {
    expect(startPath(['feeds/kati-mutiny-live.txt'], true)).toBe('dashboard');
    expect(startPath(['--interval', '5s', 'https://example.org/live.rss'], true)).toBe('dashboard');
    expect(startPath([], true)).toBe('dashboard');
  });

  it('is headless when asked for output, or when there is no terminal to draw on', () => {
    expect(startPath(['--json', 'feed.rss'], true)).toBe('headless');
    expect(startPath(['--print', 'feed.rss'], true)).toBe('headless');
    expect(startPath(['feed.rss'], false)).toBe('headless');
  });

  it('keeps help and version apart: they compile almost nothing', () => {
    expect(startPath(['--version'], true)).toBe('brief');
    expect(startPath(['-h'], false)).toBe('brief');
    expect(startPath(['--json', '--help'], true)).toBe('brief');
  });

  it('names the subcommands by their first word only', () => {
    expect(startPath(['export', '--format', 'csv'], true)).toBe('command');
    expect(startPath(['sources'], false)).toBe('command');
    // A source that happens to be called "archive" further along is still a source.
    expect(startPath(['feed.rss', 'archive'], true)).toBe('dashboard');
  });

  it('knows every subcommand the CLI has', () => {
    for (const name of SUBCOMMANDS) expect(startPath([name, 'word'], true), name).toBe('command');
  });
});
