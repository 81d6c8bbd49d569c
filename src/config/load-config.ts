// Reads $XDG_CONFIG_HOME/livedesk/config.json. Every failure is a value: the CLI
// prints `error` as a warning and runs on the built-in defaults, never crashes.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Env } from '../archive/archive-path.js';
import { checkConfig, type Config } from './config.js';
import { locateJsonError } from './json-error.js';
import { homeOf } from './source-list.js';

export interface LoadedConfig {
  config: Config;
  /** The file read (or looked for); null when neither XDG_CONFIG_HOME nor HOME gives a folder. */
  path: string | null;
  /** Plain words naming the file, or null. */
  error: string | null;
}

/** A relative XDG_CONFIG_HOME is invalid under the XDG spec and is ignored, as archive-path does. */
export function defaultConfigPath(env: Env): string | null {
  const xdg = env['XDG_CONFIG_HOME'];
  if (xdg !== undefined && xdg !== '' && isAbsolute(xdg)) return join(xdg, 'livedesk', 'config.json');
  const home = homeOf(env);
  return home === null ? null : join(home, '.config', 'livedesk', 'config.json');
}

function readFailure(path: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'EACCES' || code === 'EPERM') return `${path} cannot be read (permission denied); using the defaults`;
  if (code === 'EISDIR') return `${path} is a folder, not a file; using the defaults`;
  return `${path} cannot be read (${error instanceof Error ? error.message : String(error)}); using the defaults`;
}

/** `path` overrides the XDG location (for a future --config flag and for tests). */
export function loadConfig(env: Env, path: string | null = defaultConfigPath(env)): LoadedConfig {
  if (path === null) return { config: {}, path, error: null };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // No config file is the normal case, not a problem.
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') {
      return { config: {}, path, error: null };
    }
    return { config: {}, path, error: readFailure(path, error) };
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const body = text.replace(/^\uFEFF/u, '');
  if (body.trim() === '') return { config: {}, path, error: null };
  const jsonProblem = locateJsonError(body);
  if (jsonProblem !== null) {
    const where = `line ${jsonProblem.line}, column ${jsonProblem.column}`;
    return { config: {}, path, error: `${path} ${where}: ${jsonProblem.reason}; the whole file is ignored, using the defaults` };
  }
  const checked = checkConfig(JSON.parse(body), dirname(path), homeOf(env));
  if (checked.problems.length === 0) return { config: checked.config, path, error: null };
  return { config: {}, path, error: `${path}: ${checked.problems.join('; ')}; the whole file is ignored, using the defaults` };
}
