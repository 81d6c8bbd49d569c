// newsboat's urls file: one feed per line, then optional tags; `#` starts a
// comment; a quoted tag "~Name" renames the feed, the other tags are kept to filter
// by. newsboat can also run commands (exec:, filter:) and build virtual feeds
// (query:): those are skipped, never run.
import { sanitizeLine } from '../text/sanitize-for-terminal.js';
import { dedupe, hasControlCharacters, type FeedList, type FeedListEntry } from './feed-list.js';

/** Splits a line on blanks, keeping "quoted words" whole; a `#` outside quotes ends the line. */
export function tokenizeUrlsLine(line: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/u.test(line[i] ?? '')) i += 1;
    if (i >= line.length || line[i] === '#') break;
    let token = '';
    if (line[i] === '"') {
      i += 1;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length) i += 1;
        token += line[i];
        i += 1;
      }
      i += 1;
    } else {
      while (i < line.length && !/\s/u.test(line[i] ?? '')) {
        token += line[i];
        i += 1;
      }
    }
    tokens.push(token);
  }
  return tokens;
}

const COMMANDS = /^(?:exec|filter):/iu;

export function parseUrlsFile(text: string): FeedList {
  const entries: FeedListEntry[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/u).forEach((line, index) => {
    const [location, ...tags] = tokenizeUrlsLine(line);
    if (location === undefined || location === '') return;
    const where = `line ${index + 1}`;
    if (COMMANDS.test(location)) return void problems.push(`${where}: ${location.split(':')[0]} feeds run commands; livedesk never runs them`);
    if (/^query:/iu.test(location)) return void problems.push(`${where}: query feeds are newsboat searches, not feeds`);
    if (hasControlCharacters(location)) return void problems.push(`${where}: the address holds control characters`);
    const rename = tags.find((tag) => tag.startsWith('~'));
    const title = rename === undefined ? '' : sanitizeLine(rename.slice(1)).trim();
    // "!…" hides a feed from newsboat's own list: no tag to filter by.
    const plain = tags.filter((tag) => !tag.startsWith('~') && !tag.startsWith('!')).map((tag) => sanitizeLine(tag).trim()).filter((tag) => tag !== '');
    entries.push({ location, title: title === '' ? null : title, ...(plain.length > 0 ? { tags: plain } : {}) });
  });
  return { entries: dedupe(entries), problems };
}
