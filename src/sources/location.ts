// A source is a URL when it has a scheme; anything else is a path.
const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

export function isUrl(location: string): boolean {
  return URL_PATTERN.test(location);
}
