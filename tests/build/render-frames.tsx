// Bundled by tests/build/ink-output-stand-ins.test.ts with the CLI's own options: the
// dashboard on real sources, in colour, driven by keys and a resize, every frame Ink draws
// printed as JSON. Each key waits for its frame, so two runs draw the same frames.
import { loadSources } from '../../src/sources/load-sources.js';
import { App } from '../../src/ui/App.js';
import { KEYS, renderApp } from '../ui/ink-harness.js';

const sources = [
  'feeds/kati-mutiny-live.txt',
  'feeds/kati-reactions.rss',
  // Accented Latin-1 and a wide character, read from our own fixtures.
  'tests/fixtures/feeds/iso-8859-1.xml',
  'tests/fixtures/feeds/utf-16le-bom.xml',
];
const desk = await loadSources(sources, null);
const { instance, press } = await renderApp(<App sources={desk.sources} updates={desk.updates} reactions={desk.reactions} />, { columns: 120, rows: 40 });
for (const key of [KEYS.down, KEYS.down, KEYS.enter, KEYS.escape, KEYS.tab, KEYS.down, 's', KEYS.tab, KEYS.end, KEYS.enter, KEYS.escape, 'i', KEYS.escape, '?', KEYS.escape]) {
  await press(key);
}
Object.defineProperty(instance.stdout, 'columns', { value: 80, configurable: true });
Object.defineProperty(instance.stdout, 'rows', { value: 24, configurable: true });
instance.stdout.emit('resize');
await press(KEYS.home);
instance.unmount();
process.stdout.write(JSON.stringify(instance.frames));
