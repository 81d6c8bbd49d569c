// `livedesk search QUERY`: every update and reaction ever archived, of every source,
// best match first. The words are the query as they come: "-France" leaves France
// out, it is not an option, so only this command's own long options are read as such.
import { DEFAULT_SEARCH_LIMIT } from '../archive/archive-search.js';
import { ARCHIVE_DEFAULT, withArchive } from './archive-for-command.js';
import { searchJson, searchText } from './search-output.js';
import { usageError, type SubcommandIo } from './subcommand-io.js';
import { unknownOptionMessage } from './unknown-option.js';

const MAX_LIMIT = 1000;
const OPTIONS = ['--json', '--limit', '--archive', '--help', '-h'] as const;

export function searchHelpText(): string {
  return [
    'Usage: livedesk search [--json] [--limit N] [--archive PATH] WORD …',
    '',
    'Searches every update and reaction in the archive, of every source and',
    'event, and prints the best matches first: time, source, title, and the words',
    'around the match (with who said them when they were found in a reaction).',
    '',
    'Words:',
    '  Keita resigns      updates holding all the words, anywhere; case and accents',
    '                     do not matter',
    '  "a phrase"         these words together, in this order (quote the quotes',
    '                     from the shell: \'"state television"\')',
    '  word*              words that begin so (three letters or more)',
    '  -word, NOT word    leave out updates holding it; -"a phrase" too',
    '  resigns OR quits   either word; OR joins the words on each side of it',
    'Anything else (parentheses, AND, column: names) is read as plain text.',
    '',
    'Options:',
    `  --limit N       Show at most N updates (default ${DEFAULT_SEARCH_LIMIT}, at most ${MAX_LIMIT})`,
    '  --json          Print one JSON document: the query, "more", and the results',
    '                  with the ids `livedesk --json` gives',
    '  --archive PATH  Search this archive file',
    '  -h, --help      Show this help',
    '',
    ARCHIVE_DEFAULT,
    '',
    'Examples:',
    '  livedesk search Keita resign*',
    '  livedesk search \'"return to barracks"\' -France',
    '  livedesk search --json ECOWAS OR AU | jq -r \'.results[].title\'',
  ].join('\n');
}

interface SearchArgs {
  words: string[];
  json: boolean;
  help: boolean;
  limit: string | undefined;
  archive: string | undefined;
}

/** Takes this command's options out of argv; everything else is the query. */
function readSearchArgs(argv: readonly string[]): SearchArgs | { message: string; seeHelp: boolean } {
  const found: SearchArgs = { words: [], json: false, help: false, limit: undefined, archive: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      found.words.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') && arg !== '-h') {
      found.words.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--json' || name === '--help' || name === '-h') {
      if (inline !== undefined) return { message: `${name} takes no value`, seeHelp: true };
      if (name === '--json') found.json = true;
      else found.help = true;
    } else if (name === '--limit' || name === '--archive') {
      const value = inline ?? argv[++i];
      if (value === undefined) return { message: `${name} needs a value`, seeHelp: true };
      found[name === '--limit' ? 'limit' : 'archive'] = value;
    } else {
      return { message: unknownOptionMessage(arg, OPTIONS, "'livedesk search --help'"), seeHelp: false };
    }
  }
  return found;
}

export function runSearchCommand(argv: readonly string[], io: SubcommandIo): number {
  const args = readSearchArgs(argv);
  if ('message' in args) return usageError('search', args.message, io, args.seeHelp);
  if (args.help) {
    io.stdout(`${searchHelpText()}\n`);
    return 0;
  }
  const limit = args.limit === undefined ? DEFAULT_SEARCH_LIMIT : Number(args.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return usageError('search', `--limit takes a number of results from 1 to ${MAX_LIMIT}, not '${args.limit}'`, io);
  }
  const query = args.words.join(' ');
  if (query.trim() === '') return usageError('search', 'give a word to search for', io);
  return withArchive(args.archive, io, (archive) => {
    const outcome = archive.search(query, { limit });
    if (!outcome.ok) return usageError('search', outcome.message, io);
    const page = { query, hits: outcome.hits, more: outcome.more, limit };
    io.stdout(args.json ? searchJson(page) : searchText(page, archive.path, io.isTerminal === true));
    return 0;
  });
}
