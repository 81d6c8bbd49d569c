// A source is a URL when it has a scheme; anything else is a path.
const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

export function isUrl(location: string): boolean {
  return URL_PATTERN.test(location);
}

// A host name, an IPv4 or IPv6 address, or localhost; then a port and a path, both optional.
const ADDRESS = /^(localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\]|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(:\d{1,5})?(\/\S*)?$/iu;

/**
 * The URL meant by a location that is no file but reads as an address typed without its
 * scheme ("example.org/feed", "127.0.0.1:8080/feed"); null when it does not. A dotted name
 * alone ("notes.txt") is a file name, so a name needs a port or a path to count.
 */
export function addressMeant(location: string): string | null {
  const match = ADDRESS.exec(location);
  if (match === null) return null;
  const [, host = '', port, rest] = match;
  const named = !/^(localhost$|\d|\[)/u.test(host);
  if (named && port === undefined && rest === undefined) return null;
  return `http://${location}`;
}
