// The few ways the page reader looks at a parsed document: elements, attributes and
// visible text. htmlparser2 builds the tree (forgiving, linear, entities decoded as a
// browser would); nothing here knows about live blogs.
import { type AnyNode, type Document, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export type { Document, Element };

/** Elements whose content is never text a reader sees. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object']);

export function parsePage(html: string): Document {
  return parseDocument(html, { decodeEntities: true });
}

export function attr(element: Element, name: string): string | null {
  const value = element.attribs[name];
  return value === undefined ? null : value;
}

export function childElements(node: Document | Element): Element[] {
  return node.children.filter(isTag);
}

/** Every element under `root` in document order, `root` excluded. */
export function descendants(root: Document | Element): Element[] {
  const found: Element[] = [];
  // An explicit stack: real pages nest deeply enough to make recursion a risk.
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isTag(node)) continue;
    found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return found;
}

/** The visible text under `node`, whitespace folded to single spaces. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  // ' ' on the stack stands for the gap a block element leaves on either side.
  const stack: (AnyNode | ' ')[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode | ' ';
    if (current === ' ') {
      parts.push(' ');
    } else if (isText(current)) {
      parts.push(current.data);
    } else if (isTag(current)) {
      if (INVISIBLE.has(current.name)) continue;
      const gap = current.name === 'br' || !INLINE.has(current.name);
      if (gap) parts.push(' ');
      if (gap) stack.push(' ');
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as AnyNode);
    } else if ('children' in current) {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as AnyNode);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp',
  'small', 'span', 'strong', 'sub', 'sup', 'u', 'var', 'wbr', 'font', 'time', 'label',
]);

export function isInvisible(element: Element): boolean {
  return INVISIBLE.has(element.name);
}

/** The nearest ancestor (or `element` itself) that satisfies `test`, stopping below `stop`. */
export function closest(element: Element, test: (candidate: Element) => boolean, stop: Element | null = null): Element | null {
  let current: Element | null = element;
  while (current !== null && current !== stop) {
    if (test(current)) return current;
    current = current.parent !== null && isTag(current.parent) ? current.parent : null;
  }
  return null;
}

/** True when `inner` is `outer` or inside it. */
export function contains(outer: Element, inner: Element): boolean {
  return closest(inner, (candidate) => candidate === outer) !== null;
}

/** An absolute http(s) URL for `href` read against `base`, or null. */
export function absoluteUrl(href: string | null, base: string | null): string | null {
  if (href === null || href.trim() === '') return null;
  try {
    const url = base === null ? new URL(href.trim()) : new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
