// --urls FILE is read again whenever it changes, as newsboat users edit it: a line
// added is followed at once, a line taken out stops being followed (its history
// stays in the archive), and new "~titles" and tags apply to what is shown. A file
// that reads as empty (deleted, or caught half-saved) changes nothing.
import type { SourceNaming } from '../config/listed-names.js';
import type { SourceList } from '../config/source-list.js';
import type { Source } from '../model.js';
import { sourceIdFor } from '../sources/source-identity.js';
import { watchFile, type FileWatch } from '../sources/watch-file.js';

export interface UrlsFileFollower {
  follow(locations: readonly string[]): Promise<void>;
  unfollow(sourceIds: readonly string[]): void;
  /** The sources shown, named again with the file's new names. */
  rename(name: (source: Source) => Source): void;
}

export interface UrlsFile {
  path: string;
  /** Every source this run follows from its lists, the urls file read again. */
  read(): Promise<SourceList>;
  naming: SourceNaming;
}

export function followUrlsFile(file: UrlsFile, following: readonly string[], follower: UrlsFileFollower): FileWatch {
  let current = new Map(following.map((location) => [sourceIdFor(location), location]));
  let reading = Promise.resolve();
  const reread = async () => {
    const list = await file.read();
    if (list.locations.length === 0) return;
    const next = new Map(list.locations.map((location) => [sourceIdFor(location), location]));
    file.naming.set(list.names);
    follower.rename(file.naming.name);
    const removed = [...current.keys()].filter((id) => !next.has(id));
    if (removed.length > 0) follower.unfollow(removed);
    const added = [...next].filter(([id]) => !current.has(id)).map(([, location]) => location);
    current = next;
    await follower.follow(added);
  };
  // One read at a time, in order: two quick saves never race each other.
  return watchFile(file.path, () => void (reading = reading.then(reread).catch(() => undefined)));
}
