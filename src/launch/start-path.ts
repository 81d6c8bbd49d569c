// Which part of the app a run will compile, told from its arguments before any of the
// app runs, so that each part keeps a code cache of its own: a `--version` that wrote the
// only cache would leave every later dashboard compiling most of its code again. A wrong
// guess costs compile time, never correctness.
export type StartPath = 'dashboard' | 'headless' | 'command' | 'brief';

// The CLI's subcommands (src/cli/run-subcommand.ts; a test holds the two lists together).
const SUBCOMMANDS = new Set(['export', 'sources', 'search', 'archive']);

/** Whether a run's first word names a subcommand: the launcher and the app ask the same list. */
export function isSubcommand(word: string | undefined): boolean {
  return SUBCOMMANDS.has(word ?? '');
}
const BRIEF_FLAGS = new Set(['-h', '--help', '-v', '--version']);
const HEADLESS_FLAGS = new Set(['--print', '--json']);

/** `interactive`: stdin and stdout are both terminals (otherwise the app prints instead of drawing). */
export function startPath(argv: readonly string[], interactive: boolean): StartPath {
  if (isSubcommand(argv[0])) return 'command';
  if (argv.some((arg) => BRIEF_FLAGS.has(arg))) return 'brief';
  if (!interactive || argv.some((arg) => HEADLESS_FLAGS.has(arg))) return 'headless';
  return 'dashboard';
}
