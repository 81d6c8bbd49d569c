// config.json read from real files: where it is looked for, what a good one
// gives, and the plain words a broken one gets (with the defaults kept).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfigPath, loadConfig } from '../../src/config/load-config.js';
import { coloursEnabled, mergeWithFlags } from '../../src/config/merge-config.js';
import { useTempDir } from '../archive/temp-archive.js';

const tempDir = useTempDir();

/** Writes `text` as $XDG_CONFIG_HOME/livedesk/config.json and returns the env that finds it. */
function withConfig(text: string): { env: NodeJS.ProcessEnv; path: string; dir: string } {
  const xdg = tempDir();
  const dir = join(xdg, 'livedesk');
  mkdirSync(dir);
  const path = join(dir, 'config.json');
  writeFileSync(path, text);
  return { env: { XDG_CONFIG_HOME: xdg, HOME: '/home/reader' }, path, dir };
}

describe('defaultConfigPath', () => {
  it('uses XDG_CONFIG_HOME, else ~/.config, and ignores a relative XDG_CONFIG_HOME', () => {
    expect(defaultConfigPath({ XDG_CONFIG_HOME: '/cfg', HOME: '/home/a' })).toBe(join('/cfg', 'livedesk', 'config.json'));
    expect(defaultConfigPath({ HOME: '/home/a' })).toBe(join('/home/a', '.config', 'livedesk', 'config.json'));
    expect(defaultConfigPath({ XDG_CONFIG_HOME: 'relative', HOME: '/home/a' })).toBe(join('/home/a', '.config', 'livedesk', 'config.json'));
    expect(defaultConfigPath({})).toBeNull();
  });
});

describe('loadConfig', () => {
  it('treats a missing file as an empty config, not an error', () => {
    const home = tempDir();
    expect(loadConfig({ HOME: home })).toEqual({ config: {}, path: join(home, '.config', 'livedesk', 'config.json'), error: null });
    expect(loadConfig({})).toEqual({ config: {}, path: null, error: null });
  });

  it('reads every key, placing relative paths next to the file and expanding ~/', () => {
    const { env, path, dir } = withConfig(
      JSON.stringify({
        sources: ['https://example.org/live.rss', 'feeds/kati.txt', '~/news/wire.xml', '/abs/feed.json'],
        interval: '30s',
        timeout: '10s',
        alert: 'coup|mutiny',
        notify: true,
        archive: 'desk.db',
        colours: false,
      }),
    );
    expect(loadConfig(env)).toEqual({
      path,
      error: null,
      config: {
        sources: ['https://example.org/live.rss', join(dir, 'feeds/kati.txt'), join('/home/reader', 'news/wire.xml'), '/abs/feed.json'],
        interval: '30s',
        timeout: '10s',
        alert: 'coup|mutiny',
        notify: true,
        archive: join(dir, 'desk.db'),
        colours: false,
      },
    });
  });

  it('accepts archive: false, an empty file and a byte-order mark', () => {
    expect(loadConfig(withConfig('{ "archive": false }').env).config).toEqual({ archive: false });
    expect(loadConfig(withConfig('  \n').env)).toMatchObject({ config: {}, error: null });
    expect(loadConfig(withConfig('\uFEFF{ "notify": true }').env)).toMatchObject({ config: { notify: true }, error: null });
  });

  it('names the line of a trailing comma, and keeps none of the file', () => {
    const { env, path } = withConfig('{\n  "interval": "30s",\n  "notify": true,\n}\n');
    const loaded = loadConfig(env);
    expect(loaded.config).toEqual({});
    expect(loaded.error).toBe(`${path} line 4, column 1: a comma before "}": JSON allows no trailing comma; the whole file is ignored, using the defaults`);
  });

  it('finds the line even when JSON.parse names no position', () => {
    const loaded = loadConfig(withConfig('{\n  "interval": "30s",\n  "notify": }\n').env);
    expect(loaded.error).toContain('line 3, column 13: unexpected "}"');
  });

  it('says when the file stops early, or holds comments', () => {
    expect(loadConfig(withConfig('{\n  "interval": "30s"\n').env).error).toMatch(/line 3, column 1: the file ends before the JSON is complete/u);
    expect(loadConfig(withConfig('{\n  // poll fast\n  "interval": "5s"\n}').env).error).toMatch(/line 2, column 3: JSON allows no comments/u);
  });

  it('explains wrong types key by key and keeps none of the file', () => {
    const { env, path } = withConfig(JSON.stringify({ interval: 30, notify: 'yes', sources: 'a.rss', archive: true, interval2: 1 }));
    const loaded = loadConfig(env);
    expect(loaded.config).toEqual({});
    expect(loaded.error).toContain(`${path}: `);
    expect(loaded.error).toContain('`interval` must be a string like "30s" (1s to 24h), not 30');
    expect(loaded.error).toContain('`notify` must be true or false, not "yes"');
    expect(loaded.error).toContain('`sources` must be a list of URLs or paths');
    expect(loaded.error).toContain('`archive` must be a file path or false, not true');
    expect(loaded.error).toContain('unknown key `interval2` — did you mean `interval`?');
  });

  it('refuses an unreadable interval, a bad regular expression and a misspelt key', () => {
    expect(loadConfig(withConfig('{ "timeout": "soon" }').env).error).toContain('`timeout` must be a string like "15s"');
    expect(loadConfig(withConfig('{ "alert": "(" }').env).error).toContain('`alert` is not a valid regular expression: "("');
    expect(loadConfig(withConfig('{ "colors": false }').env).error).toContain('did you mean `colours`?');
    expect(loadConfig(withConfig('{ "zzz": 1 }').env).error).toContain('known keys: sources, interval');
    expect(loadConfig(withConfig('["a.rss"]').env).error).toContain('must hold one JSON object');
  });

  it('reports a folder where the file should be', () => {
    const xdg = tempDir();
    mkdirSync(join(xdg, 'livedesk', 'config.json'), { recursive: true });
    expect(loadConfig({ XDG_CONFIG_HOME: xdg }).error).toMatch(/is a folder, not a file; using the defaults$/u);
  });
});

describe('mergeWithFlags', () => {
  const config = { sources: ['a.rss', 'b.rss'], interval: '5m', notify: true, archive: '/data/a.db', colours: false };

  it('lets every flag given win, and leaves the rest to the file', () => {
    expect(mergeWithFlags(config, { sources: [], interval: '30s', archive: false })).toEqual({ ...config, interval: '30s', archive: false });
    expect(mergeWithFlags(config, { sources: [] })).toEqual(config);
  });

  it('replaces the config sources with positional ones instead of adding to them', () => {
    expect(mergeWithFlags(config, { sources: ['c.rss'] }).sources).toEqual(['c.rss']);
  });
});

describe('coloursEnabled', () => {
  it('is off under a non-empty NO_COLOR or colours: false', () => {
    expect(coloursEnabled({}, {})).toBe(true);
    expect(coloursEnabled({}, { NO_COLOR: '1' })).toBe(false);
    expect(coloursEnabled({}, { NO_COLOR: '' })).toBe(true);
    expect(coloursEnabled({ colours: false }, {})).toBe(false);
    expect(coloursEnabled({ colours: true }, { NO_COLOR: 'yes' })).toBe(false);
  });
});
