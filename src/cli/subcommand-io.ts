// How a subcommand meets the world: everything outside the process comes through
// `io` (so tests run subcommands in-process), flags are read strictly, and a
// usage mistake is one message and exit 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { unknownOptionIn, unknownOptionMessage } from './unknown-option.js';

export interface SubcommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now: () => number;
  /** stdout is a terminal: output may use bold. */
  isTerminal?: boolean;
}

/** A mistake; `seeHelp` when the message alone does not say what to type instead. */
export type Parsed<V> = { ok: true; values: V; positionals: string[] } | { ok: false; message: string; seeHelp: boolean };

/** `command` names the subcommand in the message for an option it does not know. */
export function parseFlags<V>(argv: readonly string[], options: ParseArgsConfig['options'], positionals: boolean, command: string): Parsed<V> {
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: positionals, strict: true });
    return { ok: true, values: parsed.values as V, positionals: parsed.positionals };
  } catch (error) {
    const unknown = unknownOptionIn(error);
    if (unknown !== null) {
      const names = Object.entries(options ?? {}).flatMap(([name, option]) => [`--${name}`, ...(option.short === undefined ? [] : [`-${option.short}`])]);
      return { ok: false, message: unknownOptionMessage(unknown, names, `'livedesk ${command} --help'`), seeHelp: false };
    }
    return { ok: false, message: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'invalid arguments', seeHelp: true };
  }
}

export function usageError(command: string, message: string, io: SubcommandIo, seeHelp = true): number {
  io.stderr(`livedesk ${command}: ${message}\n${seeHelp ? `Try 'livedesk ${command} --help'.\n` : ''}`);
  return 2;
}
