// Config file and command line together: a flag the user typed always wins over
// the file, because it is the more specific, more recent wish.
import type { Env } from '../archive/archive-path.js';
import type { Config } from './config.js';

/**
 * What the command line said, with `undefined` for "not given" — unlike
 * CliOptions, whose defaults are already filled in and so cannot tell.
 */
export interface FlagSettings {
  /** Positional SOURCEs; an empty list means none were given. */
  sources: readonly string[];
  interval?: string;
  timeout?: string;
  alert?: string;
  /** `--notify` can only switch it on; the config's `notify: true` cannot be switched off by a flag. */
  notify?: boolean;
  /** `--archive PATH` gives a string, `--no-archive` false. */
  archive?: string | false;
  colours?: boolean;
}

/**
 * Flags override config key by key. Positional sources replace the config's
 * list rather than adding to it: `livedesk URL` means "follow this", not "this too".
 * (--urls and --opml are joined with the sources by collectSources.)
 */
export function mergeWithFlags(config: Config, flags: FlagSettings): Config {
  const merged: Config = { ...config };
  if (flags.sources.length > 0) merged.sources = [...flags.sources];
  if (flags.interval !== undefined) merged.interval = flags.interval;
  if (flags.timeout !== undefined) merged.timeout = flags.timeout;
  if (flags.alert !== undefined) merged.alert = flags.alert;
  if (flags.notify === true) merged.notify = true;
  if (flags.archive !== undefined) merged.archive = flags.archive;
  if (flags.colours !== undefined) merged.colours = flags.colours;
  return merged;
}

/** NO_COLOR (any non-empty value, per no-color.org) beats everything; then `colours: false`. */
export function coloursEnabled(config: Config, env: Env): boolean {
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return config.colours !== false;
}
