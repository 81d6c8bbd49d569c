// Bundled by tests/build/ink-output-stand-ins.test.ts with the CLI's own options: the
// dashboard on real sources, in colour, driven by keys and a resize, every frame Ink draws
// printed as JSON. Each key waits for its frame, so two runs draw the same frames.
import { compareNewestFirst } from '../../src/desk/timeline-order.js';
import { extractReactions } from '../../src/reactions/extract-reactions.js';
import { loadFileSource } from '../../src/sources/load-source.js';
import { sourceTags } from '../../src/sources/source-tags.js';
import { App } from '../../src/ui/App.js';
import { KEYS, renderApp } from '../ui/ink-harness.js';

const sources = [
  'feeds/kati-mutiny-live.txt',
  'feeds/kati-reactions.rss',
  // Accented Latin-1 and a wide character, read from our own fixtures.
  'tests/fixtures/feeds/iso-8859-1.xml',
  'tests/fixtures/feeds/utf-16le-bom.xml',
];
// Files only, each read as the dashboard reads it at start.
const loaded = await Promise.all(sources.map((file) => loadFileSource(file)));
const tags = sourceTags(sources);
const updates = loaded.flatMap((entry) => entry.updates).sort(compareNewestFirst);
const app = (
  <App
    sources={loaded.map((entry, index) => ({ ...entry.source, tag: tags[index] ?? entry.source.tag }))}
    updates={updates}
    reactions={updates.flatMap((update) => extractReactions(update))}
  />
);
const { instance, press } = await renderApp(app, { columns: 120, rows: 40 });
for (const key of [KEYS.down, KEYS.down, KEYS.enter, KEYS.escape, KEYS.tab, KEYS.down, 's', KEYS.tab, KEYS.end, KEYS.enter, KEYS.escape, 'i', KEYS.escape, '?', KEYS.escape]) {
  await press(key);
}
Object.defineProperty(instance.stdout, 'columns', { value: 80, configurable: true });
Object.defineProperty(instance.stdout, 'rows', { value: 24, configurable: true });
instance.stdout.emit('resize');
await press(KEYS.home);
instance.unmount();
process.stdout.write(JSON.stringify(instance.frames));
