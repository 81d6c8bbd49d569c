import { describe, expect, it } from 'vitest';
import { defaultArchivePath } from '../../src/archive/archive-path.js';

describe('defaultArchivePath', () => {
  it('uses XDG_DATA_HOME when it is set', () => {
    expect(defaultArchivePath({ XDG_DATA_HOME: '/data', HOME: '/home/ana' })).toBe('/data/livedesk/archive.db');
  });

  it('falls back to ~/.local/share', () => {
    expect(defaultArchivePath({ HOME: '/home/ana' })).toBe('/home/ana/.local/share/livedesk/archive.db');
    expect(defaultArchivePath({ XDG_DATA_HOME: '', HOME: '/home/ana' })).toBe('/home/ana/.local/share/livedesk/archive.db');
  });

  it('ignores a relative XDG_DATA_HOME, as the XDG spec says', () => {
    expect(defaultArchivePath({ XDG_DATA_HOME: 'data', HOME: '/home/ana' })).toBe('/home/ana/.local/share/livedesk/archive.db');
  });

  it('gives null when there is no home to put it in', () => {
    expect(defaultArchivePath({})).toBeNull();
    expect(defaultArchivePath({ HOME: '' })).toBeNull();
  });
});
