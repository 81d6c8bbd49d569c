// A list of feeds given with the wrong flag, or a feed given as a list: said in
// one line before any line of it is taken for a source (--urls on an OPML file
// used to try each line of XML as a file name).
import { describeNonFeed, isStructuredDocument, isUrlList } from '../parse/describe-non-feed.js';
import { detectFormat, xmlRootName } from '../parse/detect-format.js';

export type ListFlag = '--urls' | '--opml';

/** Why `text` cannot be the list `flag` asks for, or null when it may be one. */
export function misplacedList(flag: ListFlag, file: string, text: string): string | null {
  const format = detectFormat(text);
  if (format === 'xml' || format === 'json-feed') return 'this is a feed, not a list of feeds: give it as a SOURCE';
  const isOpml = xmlRootName(text) === 'opml';
  if (flag === '--urls') {
    if (isOpml) return `this is an OPML file: use --opml ${file}`;
    return isStructuredDocument(text) ? describeNonFeed(text) : null;
  }
  if (!isOpml && isUrlList(text)) return `this is a urls file: use --urls ${file}`;
  return null;
}
