// The config file's shape and its checks. Pure: the caller reads the file and
// says where it lives, so relative paths in it can be resolved against its folder.
import { parseInterval } from '../monitor/poll-schedule.js';
import { resolveListedLocation } from './source-list.js';

/** Every key is optional; a missing one leaves the built-in default (or the flag) in charge. */
export interface Config {
  /** Sources to follow when none are given on the command line. */
  sources?: string[];
  /** Poll interval, as --interval takes it ("30s", "5m"). */
  interval?: string;
  /** Request timeout, as --timeout takes it. */
  timeout?: string;
  /** Regular expression, as --alert takes it. */
  alert?: string;
  notify?: boolean;
  /** Archive file, or false to keep nothing (like --no-archive). */
  archive?: string | false;
  /** false turns colour off, as NO_COLOR does. */
  colours?: boolean;
}

/** One line per key, for --help and the README. */
export const CONFIG_KEYS: ReadonlyArray<readonly [key: keyof Config, description: string]> = [
  ['sources', 'List of URLs or paths followed when no SOURCE, --urls or --opml is given'],
  ['interval', 'Poll interval, like "30s" or "5m" (the --interval flag wins)'],
  ['timeout', 'Request timeout, like "15s" (the --timeout flag wins)'],
  ['alert', 'Regular expression for alerts, as --alert takes it'],
  ['notify', 'true to ring the bell and notify for new updates, as --notify does'],
  ['archive', 'Path of the archive file, or false to keep nothing (--archive / --no-archive win)'],
  ['colours', 'false to turn colour off, as NO_COLOR does'],
];

const KNOWN = new Set<string>(CONFIG_KEYS.map(([key]) => key));

export interface ConfigCheck {
  config: Config;
  /** Plain words, one per problem; empty when the config is usable. */
  problems: string[];
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value) ?? String(value);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** An unknown key is most often a typo ("colors", "intrval"): name the likely one. */
function unknownKey(key: string): string {
  const near = [...KNOWN].find((known) => editDistance(key.toLowerCase(), known) <= 2);
  return `unknown key \`${key}\`${near === undefined ? ` (known keys: ${[...KNOWN].join(', ')})` : ` — did you mean \`${near}\`?`}`;
}

function checkTime(key: 'interval' | 'timeout', value: unknown, example: string, problems: string[]): string | undefined {
  if (typeof value === 'string' && parseInterval(value) !== null) return value;
  problems.push(`\`${key}\` must be a string like "${example}" (1s to 24h), not ${describeValue(value)}`);
  return undefined;
}

/** Checks a parsed config.json. `configDir` anchors relative paths; `home` expands `~/`. */
export function checkConfig(value: unknown, configDir: string, home: string | null): ConfigCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { config: {}, problems: [`the file must hold one JSON object ({ … }), not ${describeValue(value)}`] };
  }
  const problems: string[] = [];
  const config: Config = {};
  const place = (location: string) => resolveListedLocation(location, configDir, home);
  for (const [key, raw] of Object.entries(value)) {
    switch (key) {
      case 'sources':
        if (Array.isArray(raw) && raw.every((item) => typeof item === 'string' && item.trim() !== '')) {
          config.sources = raw.map((item: string) => place(item.trim()));
        } else {
          problems.push(`\`sources\` must be a list of URLs or paths, like ["https://example.org/live.rss"], not ${describeValue(raw)}`);
        }
        break;
      case 'interval':
        config.interval = checkTime('interval', raw, '30s', problems);
        break;
      case 'timeout':
        config.timeout = checkTime('timeout', raw, '15s', problems);
        break;
      case 'alert':
        if (typeof raw !== 'string') problems.push(`\`alert\` must be a string holding a regular expression, not ${describeValue(raw)}`);
        else if (!isRegExp(raw)) problems.push(`\`alert\` is not a valid regular expression: ${JSON.stringify(raw)}`);
        else config.alert = raw;
        break;
      case 'notify':
      case 'colours':
        if (typeof raw === 'boolean') config[key] = raw;
        else problems.push(`\`${key}\` must be true or false, not ${describeValue(raw)}`);
        break;
      case 'archive':
        if (raw === false) config.archive = false;
        else if (typeof raw === 'string' && raw.trim() !== '') config.archive = place(raw.trim());
        else problems.push(`\`archive\` must be a file path or false, not ${describeValue(raw)}`);
        break;
      default:
        problems.push(unknownKey(key));
    }
  }
  // One bad key empties the whole config: half a config would behave in ways nobody wrote.
  return problems.length === 0 ? { config: dropUndefined(config), problems } : { config: {}, problems };
}

function isRegExp(text: string): boolean {
  try {
    new RegExp(text, 'i');
    return true;
  } catch {
    return false;
  }
}

function dropUndefined(config: Config): Config {
  return Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined)) as Config;
}
