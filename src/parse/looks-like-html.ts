// A cheap test for markup, kept apart from the HTML converter so that a caller can
// decide whether the converter (and the HTML parser under it) is worth loading.

/** True when the text contains something that looks like a tag or a character reference. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s|\/?>)/.test(text) || /&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]+\d*);/.test(text);
}
