// Which sources to follow: the command line, --urls and --opml lists, and the
// config file's list, joined in that order with repeats dropped. A list file is
// read under the same limits as a source (--max-size, --timeout): `--urls
// /dev/zero` or a pipe nobody writes to is one line, never a hang.
import { dirname, isAbsolute, join } from 'node:path';
import type { Env } from '../archive/archive-path.js';
import { parseOpml } from '../export/opml.js';
import type { FeedList } from '../export/feed-list.js';
import { parseUrlsFile } from '../export/parse-urls-file.js';
import { isUrl } from '../sources/location.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../sources/read-limits.js';
import { readLocalFile } from '../sources/read-local-file.js';
import { listedName, type ListedName, type ListedNames } from './listed-names.js';
import { misplacedList, type ListFlag } from './misplaced-list.js';

export interface SourceListInput {
  /** SOURCE arguments, as typed (relative to the working folder). */
  positional: readonly string[];
  urlsFile?: string | null;
  opmlFile?: string | null;
  /** From the config file, already resolved by loadConfig. */
  configSources?: readonly string[];
  /** For `~/` in list files; defaults to no expansion. */
  env?: Env;
  /** How much of a list file is read, and for how long. */
  limits?: ReadLimits;
}

export interface SourceList {
  locations: string[];
  /** What the list files call their sources ("~Custom title") and their tags. */
  names: ListedNames;
  /** Plain words, one per skipped line or unreadable file; the CLI warns and carries on. */
  problems: string[];
}

/**
 * A path in a list file means a path next to that file, wherever livedesk was
 * started. Joining (not resolving) keeps a relative list's entries relative, so
 * `--urls feeds.txt` gives the same source ids as typing the paths.
 */
export function resolveListedLocation(location: string, listDir: string, home: string | null): string {
  if (isUrl(location) || isAbsolute(location)) return location;
  if (location === '~' || location.startsWith('~/')) return home === null ? location : join(home, location.slice(2));
  return join(listDir, location);
}

function readFailure(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}

async function readList(flag: ListFlag, file: string, parse: (text: string) => FeedList, home: string | null, limits: ReadLimits): Promise<SourceList> {
  let text: string;
  try {
    text = new TextDecoder('utf-8').decode((await readLocalFile(file, limits)).bytes).replace(/^\uFEFF/u, '');
  } catch (error) {
    return { locations: [], names: new Map(), problems: [`${flag} ${file}: cannot read it (${readFailure(error)})`] };
  }
  const misplaced = misplacedList(flag, file, text);
  if (misplaced !== null) return { locations: [], names: new Map(), problems: [`${flag} ${file}: ${misplaced}`] };
  const list = parse(text);
  const problems = list.problems.map((problem) => `${flag} ${file}: ${problem}`);
  if (list.entries.length === 0 && list.problems.length === 0) problems.push(`${flag} ${file}: lists no feeds`);
  const dir = dirname(file);
  const names = new Map<string, ListedName>();
  const locations = list.entries.map((entry) => {
    const location = resolveListedLocation(entry.location, dir, home);
    if (entry.title !== null || entry.tags !== undefined) names.set(...listedName(location, entry.title, entry.tags));
    return location;
  });
  return { locations, names, problems };
}

/** The home folder for `~/`, if the environment names a usable one. */
export function homeOf(env: Env): string | null {
  const home = env['HOME'] ?? env['USERPROFILE'];
  return home !== undefined && home !== '' && isAbsolute(home) ? home : null;
}

export async function collectSources(input: SourceListInput): Promise<SourceList> {
  const home = homeOf(input.env ?? {});
  const problems: string[] = [];
  const names = new Map<string, ListedName>();
  const given = [...input.positional];
  for (const [flag, file, parse] of [
    ['--urls', input.urlsFile, parseUrlsFile],
    ['--opml', input.opmlFile, parseOpml],
  ] as const) {
    if (file === undefined || file === null) continue;
    const list = await readList(flag, file, parse, home, input.limits ?? DEFAULT_READ_LIMITS);
    given.push(...list.locations);
    problems.push(...list.problems);
    // A urls file's names are the reader's own; an OPML file's are another reader's labels for the feed's title.
    if (flag === '--urls') for (const [id, name] of list.names) if (!names.has(id)) names.set(id, name);
  }
  // The config's list is a default: anything named on this run replaces it.
  const chosen = given.length > 0 ? given : [...(input.configSources ?? [])];
  const seen = new Set<string>();
  const locations = chosen.filter((location) => location !== '' && !seen.has(location) && (seen.add(location), true));
  return { locations, names, problems };
}
