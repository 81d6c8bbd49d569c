// Calls back when a file changes. The directory is watched rather than the file,
// because editors save by writing a new file and renaming it over the old one,
// which ends a watch on the file itself. Changes are debounced: an append in
// several writes is one change.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

export interface FileWatch {
  close(): void;
}

export function watchFile(file: string, onChange: () => void, debounceMs = 150): FileWatch {
  const directory = path.dirname(path.resolve(file));
  const name = path.basename(file);
  let timer: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;
  try {
    // Persistent: with only files to follow (--json --follow), the watch is what keeps livedesk running.
    watcher = watch(directory, { persistent: true }, (_event, changed) => {
      if (changed !== null && changed.toString() !== name) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        onChange();
      }, debounceMs);
    });
    // A watch that fails later (the directory removed) must not crash the app.
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = null; // an unwatchable path still loads once; it just will not refresh
  }
  return {
    close() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      watcher?.close();
    },
  };
}
