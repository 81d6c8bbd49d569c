// Command-line arguments to a plain options object; no I/O, so every flag is
// testable, and the help text below is the one place flags are described.
import { parseArgs } from 'node:util';
import { KEYMAP, keyLabels } from '../state/keymap.js';

export interface CliOptions {
  sources: string[];
  print: boolean;
  json: boolean;
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

const FLAGS = [
  ['--print', 'Print the timeline as plain text and exit (the default when stdout is not a terminal)'],
  ['--json', 'Print sources, updates and reactions as one JSON document and exit'],
  ['-h, --help', 'Show this help'],
  ['-v, --version', 'Show the version'],
] as const;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        print: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
    return {
      ok: true,
      options: {
        sources: positionals,
        print: values.print ?? false,
        json: values.json ?? false,
        help: values.help ?? false,
        version: values.version ?? false,
      },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: message.split('\n')[0] ?? 'invalid arguments' };
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
    '',
    'A SOURCE is a local file: a plain-text live blog, RSS 0.9x/1.0/2.0, Atom or JSON Feed.',
    'The format is read from the content, not the file name.',
    '',
    'Options:',
    ...FLAGS.map(([flag, description]) => `  ${flag.padEnd(flagWidth)}${description}`),
    '',
    'Keys in the dashboard:',
    ...keys.map(([label, description]) => `  ${label.padEnd(keyWidth)}${description}`),
    '',
    'Examples:',
    '  livedesk feeds/kati-mutiny-live.txt',
    '  livedesk feeds/kati-mutiny-live.txt feeds/kati-reactions.rss',
    '  livedesk --json feeds/kati-reactions.rss | jq ".updates[].title"',
  ].join('\n');
}
