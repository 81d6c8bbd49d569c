// How a subcommand meets the world: everything outside the process comes through
// `io` (so tests run subcommands in-process), flags are read strictly, and a
// usage mistake is one message and exit 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface SubcommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now: () => number;
  /** stdout is a terminal: output may use bold. */
  isTerminal?: boolean;
}

export type Parsed<V> = { ok: true; values: V; positionals: string[] } | { ok: false; message: string };

export function parseFlags<V>(argv: readonly string[], options: ParseArgsConfig['options'], positionals: boolean): Parsed<V> {
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: positionals, strict: true });
    return { ok: true, values: parsed.values as V, positionals: parsed.positionals };
  } catch (error) {
    return { ok: false, message: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'invalid arguments' };
  }
}

export function usageError(command: string, message: string, io: SubcommandIo): number {
  io.stderr(`livedesk ${command}: ${message}\nTry 'livedesk ${command} --help'.\n`);
  return 2;
}
