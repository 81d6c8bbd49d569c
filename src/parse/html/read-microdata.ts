// schema.org microdata → StructuredPage: `itemprop="liveBlogUpdate"` items inside an
// `itemtype=…/LiveBlogPosting` scope, and article scopes. Values come from `content`,
// `datetime`, `href` or the element's text, as the microdata spec reads them.
import { attr, closest, descendants, type Document, type Element, textOf } from './dom.js';
import { isArticleType, shortType, type StructuredPage, type StructuredPost, type StructuredWork } from './structured-data.js';
import { structuredLine, structuredText } from './structured-text.js';

function itemTypes(element: Element): string[] {
  return (attr(element, 'itemtype') ?? '').split(/\s+/).filter((type) => type !== '').map(shortType);
}

function props(element: Element): string[] {
  return (attr(element, 'itemprop') ?? '').split(/\s+/).filter((name) => name !== '');
}

function isScope(element: Element): boolean {
  return attr(element, 'itemscope') !== null;
}

function valueOf(element: Element): string | null {
  const value =
    attr(element, 'content') ??
    (element.name === 'time' ? attr(element, 'datetime') : null) ??
    (['a', 'link', 'area'].includes(element.name) ? attr(element, 'href') : null) ??
    (['img', 'audio', 'video', 'source', 'embed', 'iframe'].includes(element.name) ? attr(element, 'src') : null) ??
    textOf(element);
  return value.trim() === '' ? null : value;
}

/** The item's own properties: elements with itemprop whose nearest enclosing scope is `scope`. */
function ownProperties(scope: Element, all: readonly Element[]): Map<string, Element> {
  const found = new Map<string, Element>();
  for (const element of all) {
    if (element === scope || attr(element, 'itemprop') === null) continue;
    const parentScope = closest(element.parent as Element, isScope);
    if (parentScope !== scope) continue;
    for (const name of props(element)) if (!found.has(name)) found.set(name, element);
  }
  return found;
}

function read(properties: Map<string, Element>, name: string): string | null {
  const element = properties.get(name);
  return element === undefined ? null : valueOf(element);
}

function authorOf(properties: Map<string, Element>, all: readonly Element[]): string | null {
  const element = properties.get('author');
  if (element === undefined) return null;
  const name = isScope(element) ? read(ownProperties(element, all), 'name') : valueOf(element);
  return name === null ? null : structuredLine(name) || null;
}

function workOf(scope: Element, all: readonly Element[]): StructuredWork {
  const properties = ownProperties(scope, all);
  const headline = read(properties, 'headline') ?? read(properties, 'name');
  const description = read(properties, 'description');
  const body = read(properties, 'articleBody');
  return {
    headline: headline === null ? null : structuredLine(headline) || null,
    description: description === null ? null : structuredText(description) || null,
    body: body === null ? null : structuredText(body) || null,
    published: read(properties, 'datePublished') ?? read(properties, 'dateCreated'),
    modified: read(properties, 'dateModified'),
    author: authorOf(properties, all),
    url: read(properties, 'url'),
  };
}

export function readMicrodata(document: Document): StructuredPage {
  const scopes = descendants(document).filter(isScope);
  const liveBlogScope = scopes.find((scope) => itemTypes(scope).includes('LiveBlogPosting')) ?? null;
  const updateScopes = scopes.filter((scope) => props(scope).includes('liveBlogUpdate'));
  const posts = updateScopes.map((scope): StructuredPost => {
    const inside = descendants(scope);
    const work = workOf(scope, inside);
    const id = attr(scope, 'itemid') ?? work.url;
    return { id, url: work.url, headline: work.headline, body: work.body, published: work.published, modified: work.modified, author: work.author, element: scope };
  });
  const articleScope = scopes.find(
    (scope) => !updateScopes.includes(scope) && scope !== liveBlogScope && itemTypes(scope).some(isArticleType),
  );
  return {
    liveBlog: liveBlogScope === null ? null : workOf(liveBlogScope, descendants(liveBlogScope)),
    posts,
    article: articleScope === undefined ? null : workOf(articleScope, descendants(articleScope)),
  };
}
