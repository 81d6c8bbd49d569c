// Child process for the multi-process tests. It loads the archive module that
// the test bundled (argv[2]) and writes to one archive file (argv[3]).
//   burst NAME COUNT  one transaction per update, as fast as possible, then "done"
//   loop NAME SIZE    batches of SIZE updates forever, "batch N" after each commit
//   ingest NAME COUNT one call that saves COUNT updates, "saving" before it, "done" after
import { pathToFileURL } from 'node:url';

const [bundle, archivePath, mode, name, countText] = process.argv.slice(2);
const { openArchive, isArchiveOpenError } = await import(pathToFileURL(bundle).href);
const count = Number(countText);

const archive = openArchive(archivePath);
if (isArchiveOpenError(archive)) {
  process.stderr.write(`${archive.kind}: ${archive.message}\n`);
  process.exit(3);
}

function update(id, time) {
  return { id, key: `shared\u0000${id}`, sourceId: 'shared', time, timeText: null, title: `Update ${id}`, body: `Body ${id}`, link: null, author: name };
}

if (mode === 'burst') {
  for (let i = 0; i < count; i += 1) {
    archive.saveUpdates('shared', [update(`${name}-${i}`, i)], [], Date.now());
    archive.recordFetch('shared', { at: Date.now(), status: 200, validators: { etag: `"${name}-${i}"`, lastModified: null }, error: null });
    // Readers too: the other process's writes must never make a read fail.
    if (i % 25 === 0) archive.loadDesk();
  }
  archive.close();
  process.stdout.write('done\n');
} else if (mode === 'ingest') {
  const updates = Array.from({ length: count }, (_, i) => update(`${name}-${i}`, i));
  process.stdout.write('saving\n');
  archive.saveUpdates('shared', updates, [], Date.now());
  archive.close();
  process.stdout.write('done\n');
} else {
  for (let batch = 0; ; batch += 1) {
    const updates = Array.from({ length: count }, (_, i) => update(`${name}-${batch}-${i}`, batch * count + i));
    archive.saveUpdates('shared', updates, [], Date.now());
    // Written only after the commit returned: a reported batch is one the reader may have seen.
    process.stdout.write(`batch ${batch}\n`);
  }
}
