// Command-line arguments to a plain options object; no I/O, so every flag is
// testable, and the help text below is the one place flags are described.
import { parseArgs } from 'node:util';
import { DEFAULT_INTERVAL_MS, parseInterval } from '../monitor/poll-schedule.js';
import { KEYMAP, keyLabels } from '../state/keymap.js';
import type { Config } from '../config/config.js';
import { CONFIG_KEYS } from '../config/config.js';
import { mergeWithFlags } from '../config/merge-config.js';
import { formatBytes } from '../net/format-amount.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, MAX_SIZE_CEILING } from '../sources/read-limits.js';
import { STDIN_SOURCE } from '../sources/read-stdin.js';
import { unknownOptionIn, unknownOptionMessage } from './unknown-option.js';

export interface CliOptions {
  /** SOURCE arguments as given; --urls, --opml and the config's sources are joined later. */
  sources: string[];
  urlsFile: string | null;
  opmlFile: string | null;
  print: boolean;
  json: boolean;
  follow: boolean;
  intervalMs: number;
  timeoutMs: number;
  maxBytes: number;
  notify: boolean;
  alert: RegExp | null;
  /** Replay speed (60 = an hour in a minute), or null for no replay. */
  replay: number | null;
  /** Archive file: a path, null for the default one, false for none (--no-archive). */
  archive: string | null | false;
  help: boolean;
  version: boolean;
}

/** A mistake; `seeHelp` when the message alone does not say what to type instead. */
export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string; seeHelp: boolean };

function mistake(message: string): ParsedArgs {
  return { ok: false, message, seeHelp: true };
}

const OPTIONS = {
  print: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  follow: { type: 'boolean', default: false },
  interval: { type: 'string' },
  timeout: { type: 'string' },
  'max-size': { type: 'string' },
  notify: { type: 'boolean', default: false },
  alert: { type: 'string' },
  archive: { type: 'string' },
  'no-archive': { type: 'boolean', default: false },
  urls: { type: 'string' },
  opml: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** Every option's name, for "did you mean"; --replay is read before the others. */
const OPTION_NAMES = ['--replay', ...Object.keys(OPTIONS).map((name) => `--${name}`), '-h', '-v'];

/** Pairs of options where each asks for the other's opposite. */
const CONFLICTS = [
  ['print', 'json'],
  ['archive', 'no-archive'],
] as const;

export const DEFAULT_REPLAY_SPEED = 60;

const FLAGS = [
  ['--print', 'Print the timeline as plain text and exit (the default when stdin or stdout is not a terminal)'],
  ['--json', 'Print sources, updates and reactions as one JSON document and exit'],
  ['--json --follow', 'Keep running and print one JSON object per line as updates, edits, reactions and poll results happen'],
  ['--interval TIME', 'How often to poll each URL: 1s, 30s, 5m … (default 60s)'],
  ['--timeout TIME', 'Give up on a request, or on reading a pipe or device, after this long (default 15s)'],
  ['--max-size SIZE', 'Refuse feeds and files larger than this: 500KB, 20MB … (default 20MB, at most 256MB)'],
  ['--notify', 'Ring the bell and send a desktop notification (OSC 9) for each new update'],
  ['--alert REGEX', 'Only notify for new updates whose title or text match, and mark them in the timeline'],
  ['--replay [SPEED]', 'Play a local live blog in time order as if it were live (default 60×)'],
  ['--archive PATH', 'Keep the archive here (default $XDG_DATA_HOME/livedesk/archive.db)'],
  ['--no-archive', 'Keep nothing: no history, no read state'],
  ['--urls FILE', 'Follow the URLs and paths listed in FILE (one a line, # comments; newsboat’s urls file works, "~Title" and tags too); read again when it changes'],
  ['--opml FILE', 'Follow the feeds of an OPML file exported by another reader'],
  ['-h, --help', 'Show this help'],
  ['-v, --version', 'Show the version'],
] as const;

function parseSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text);
  if (!match) return null;
  const unit = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }[
    (match[2] ?? 'b').toLowerCase() as 'b'
  ];
  const bytes = Math.round(Number(match[1]) * unit);
  return bytes > 0 ? bytes : null;
}

const SPEED = /^(?:\d+(?:\.\d*)?|\.\d+)x?$/i;

/**
 * Whether the word after --replay was meant as its speed: a number, or a word with
 * nothing of a path or address in it ("abc", "-5" is a flag). A file named so is `./abc`.
 */
function meantAsSpeed(word: string): boolean {
  return SPEED.test(word) || (!word.startsWith('-') && !/[./:~\\]/u.test(word));
}

function replaySpeed(word: string): number {
  const speed = SPEED.test(word) ? Number(word.replace(/x$/i, '')) : NaN;
  if (!(speed > 0 && Number.isFinite(speed))) {
    const asFile = !SPEED.test(word) && /^[\w-]+$/u.test(word) ? ` (for a file of that name, write ./${word})` : '';
    throw new Error(`--replay takes a speed like 120 or 2.5x, not '${word}'${asFile}`);
  }
  return speed;
}

/** --replay takes an optional speed; node's parseArgs has no optional values, so peel it off first. */
function takeReplay(argv: readonly string[]): { rest: string[]; replay: number | null } {
  const rest: string[] = [];
  let replay: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--replay' || arg.startsWith('--replay=')) {
      const inline = arg.startsWith('--replay=') ? arg.slice('--replay='.length) : null;
      const next = argv[i + 1];
      const value = inline ?? (next !== undefined && meantAsSpeed(next) ? (i++, next) : null);
      replay = value === null ? DEFAULT_REPLAY_SPEED : replaySpeed(value);
    } else {
      rest.push(arg);
    }
  }
  return { rest, replay };
}

/** Flags override the config file key by key; positional sources replace its list. */
export function parseCliArgs(argv: readonly string[], config: Config = {}): ParsedArgs {
  try {
    const { rest, replay } = takeReplay(argv);
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: OPTIONS });
    const merged = mergeWithFlags(config, {
      sources: positionals,
      interval: values.interval,
      timeout: values.timeout,
      alert: values.alert,
      notify: values.notify ? true : undefined,
      archive: values['no-archive'] ? false : values.archive,
    });
    const intervalMs = merged.interval === undefined ? DEFAULT_INTERVAL_MS : parseInterval(merged.interval);
    if (intervalMs === null) return mistake(`--interval takes a time from 1s to 24h, like 30s or 5m, not '${merged.interval}'`);
    const timeoutMs = merged.timeout === undefined ? DEFAULT_TIMEOUT_MS : parseInterval(merged.timeout);
    if (timeoutMs === null) return mistake(`--timeout takes a time like 15s, not '${merged.timeout}'`);
    const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
    if (maxBytes === null) return mistake(`--max-size takes a size like 20MB, not '${values['max-size']}'`);
    if (maxBytes > MAX_SIZE_CEILING) return mistake(`--max-size can be at most ${formatBytes(MAX_SIZE_CEILING)}`);
    let alert: RegExp | null = null;
    if (merged.alert !== undefined) {
      try {
        alert = new RegExp(merged.alert, 'i');
      } catch {
        return mistake(`--alert is not a valid regular expression: '${merged.alert}'`);
      }
    }
    for (const [one, other] of CONFLICTS) {
      if (values[one] !== undefined && values[one] !== false && values[other] !== undefined && values[other] !== false) {
        return mistake(`--${one} and --${other} do not go together: choose one`);
      }
    }
    if (replay !== null) {
      const printing = (['print', 'json', 'follow'] as const).find((name) => values[name]);
      if (printing !== undefined) return mistake(`--replay plays a live blog in the dashboard; it does not go with --${printing}`);
    }
    if (values.follow && !values.json) return mistake('--follow goes with --json');
    if (values.follow && positionals.includes(STDIN_SOURCE)) {
      return mistake(`--follow keeps watching its sources, and standard input (${STDIN_SOURCE}) can be read only once`);
    }
    return {
      ok: true,
      options: {
        sources: positionals,
        urlsFile: values.urls ?? null,
        opmlFile: values.opml ?? null,
        print: values.print ?? false,
        json: values.json ?? false,
        follow: values.follow ?? false,
        intervalMs,
        timeoutMs,
        maxBytes,
        notify: merged.notify ?? false,
        alert,
        replay,
        archive: merged.archive ?? null,
        help: values.help ?? false,
        version: values.version ?? false,
      },
    };
  } catch (error) {
    const unknown = unknownOptionIn(error);
    if (unknown !== null) return { ok: false, message: unknownOptionMessage(unknown, OPTION_NAMES, 'livedesk --help'), seeHelp: false };
    const message = error instanceof Error ? error.message : String(error);
    return mistake(message.split('\n')[0] ?? 'invalid arguments');
  }
}

export function helpText(): string {
  const flagWidth = Math.max(...FLAGS.map(([flag]) => flag.length)) + 2;
  const keys = KEYMAP.map((binding) => [keyLabels(binding).join(' '), binding.description] as const);
  const keyWidth = Math.max(...keys.map(([label]) => label.length)) + 2;
  return [
    'livedesk — follow live blogs and news feeds in the terminal',
    '',
    'Usage: livedesk [options] SOURCE [SOURCE …]',
    '       livedesk export [--format json|ndjson|md|csv|opml] [--since TIME] [SOURCE …]',
    '       livedesk search [--json] [--limit N] WORD …',
    '       livedesk sources [--json]',
    '       livedesk sources remove SOURCE …',
    '       livedesk archive recover [--into NEW_PATH]',
    '',
    'A SOURCE is an http(s) URL, polled politely, or a local file, re-read when it changes:',
    'a plain-text live blog, RSS 0.9x/1.0/2.0, Atom or JSON Feed. The format is read from',
    'the content, not the file name. A SOURCE of - is read once from standard input.',
    '',
    'Options:',
    ...FLAGS.map(([flag, description]) => `  ${flag.padEnd(flagWidth)}${description}`),
    '',
    'Config file: $XDG_CONFIG_HOME/livedesk/config.json (default ~/.config/livedesk/config.json),',
    'a JSON object with these keys; flags override it:',
    ...CONFIG_KEYS.map(([key, description]) => `  ${key.padEnd(10)}${description}`),
    '',
    'Proxies come from the environment, read as curl reads them: https_proxy or HTTPS_PROXY,',
    'http_proxy, all_proxy or ALL_PROXY, and no_proxy or NO_PROXY for hosts reached directly.',
    '',
    'Exit codes: 0 done; 1 no source could be read (or a subcommand failed); 2 a usage',
    'mistake; 3 the output is complete but the archive could not keep it (the reason is',
    'on stderr).',
    '',
    'Keys in the dashboard:',
    ...keys.map(([label, description]) => `  ${label.padEnd(keyWidth)}${description}`),
    '',
    'Examples:',
    '  livedesk https://example.org/live.rss feeds/kati-mutiny-live.txt',
    '  livedesk --replay 120 feeds/kati-mutiny-live.txt',
    '  livedesk --json feeds/kati-reactions.rss | jq ".updates[].title"',
    '  livedesk --json --follow --interval 30s https://example.org/live.rss',
  ].join('\n');
}
