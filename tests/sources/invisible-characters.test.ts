// Zero-width characters and a BOM inside a feed's titles: a real file read the way
// livedesk reads every source, and nothing invisible left in what is shown.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFileSource } from '../../src/sources/load-source.js';

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/u;

describe('a feed with invisible characters in its titles', () => {
  it('shows the titles without them, so they read and filter as they look', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'livedesk-invisible-')), 'wire.rss');
    const items = [
      ['a', 'ECO\u200bWAS closes borders'],
      ['b', '\ufeffBamako\ufeff calm after the coup'],
      ['c', 'Sol\u00addiers promise elec\u2060tions'],
    ].map(([id, title]) => `<item><guid>${id}</guid><title>${title}</title><pubDate>Tue, 18 Aug 2020 16:0${id === 'a' ? 1 : id === 'b' ? 2 : 3}:00 GMT</pubDate></item>`);
    writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire\u200b desk</title>${items.join('')}</channel></rss>`);
    const { source, updates } = await loadFileSource(file);
    expect(source.error).toBeNull();
    expect(source.title).toBe('Wire desk');
    expect(updates.map((update) => update.title)).toEqual(['Soldiers promise elections', 'Bamako calm after the coup', 'ECOWAS closes borders']);
    for (const update of updates) expect(update.title).not.toMatch(INVISIBLE);
  });
});
