// What "safe to show" means for the robustness tests, in one place: the characters
// that must never reach the terminal, the strings of a loaded source that are shown,
// and what a readable error looks like.

import type { LoadedSource } from '../../src/ingest/loaded-source.js';

/**
 * C0 controls except newline, DEL, C1 controls (U+009B is a one-byte CSI), the bidi
 * marks, embeddings, overrides and isolates, the Unicode line/paragraph separators,
 * and invisible format characters (zero-width space, BOM, soft hyphen, tags …) —
 * all but the two joiners, which emoji and joining scripts need.
 */
const DANGEROUS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]|(?![\u200c\u200d])\p{Cf}/u;

/** Code of the first dangerous character in `text`, or null when there is none. */
export function findDangerous(text: string): number | null {
  const match = DANGEROUS.exec(text);
  return match === null ? null : match[0].charCodeAt(0);
}

/** Every string of a loaded source that the UI can show, labelled for failure messages. */
export function displayedStrings({ source, updates }: LoadedSource): [string, string][] {
  const fields: [string, string | null][] = [
    ['source.title', source.title],
    ['source.summary', source.summary],
    ['source.error', source.error],
    ['source.tag', source.tag],
  ];
  updates.forEach((update, index) => {
    fields.push(
      [`updates[${index}].title`, update.title],
      [`updates[${index}].body`, update.body],
      [`updates[${index}].author`, update.author],
      [`updates[${index}].link`, update.link],
      [`updates[${index}].id`, update.id],
      [`updates[${index}].timeText`, update.timeText],
    );
  });
  return fields.filter((field): field is [string, string] => field[1] !== null);
}

// Signs that an exception leaked through instead of a reason a reader can act on.
const LEAKED_EXCEPTION = /\bat .+:\d+:\d+|cannot read propert|is not a function|is not defined|TypeError|RangeError|\[object /i;

/** Why `error` is not a one-line, plain-words error about `location`; empty when it is. */
export function problemsWithError(error: string, location: string): string[] {
  const problems: string[] = [];
  if (error.includes('\n')) problems.push(`error spans lines: ${JSON.stringify(error)}`);
  if (!error.startsWith(`${location}: `)) problems.push(`error does not name the file: ${JSON.stringify(error)}`);
  const reason = error.slice(location.length + 2);
  if (reason.trim().length < 5) problems.push(`error gives no reason: ${JSON.stringify(error)}`);
  if (reason.length > 220) problems.push(`error is not one short line (${reason.length} chars)`);
  if (LEAKED_EXCEPTION.test(reason)) problems.push(`error is an exception, not plain words: ${JSON.stringify(reason)}`);
  return problems;
}
