/**
 * Reading a rendered element the way a browser lays it out: through every shadow root, text nodes included.
 * (helpers.ts finds elements; these also find the text and ask how it is isolated.)
 */

/** Every text node under `root`, shadow roots included, in tree order; style sheets are not text. */
export function deepTextNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    if (node instanceof HTMLStyleElement) return;
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** The text of `root` across shadow roots exactly as written: no whitespace added or collapsed. */
export const deepText = (root: Node): string =>
  deepTextNodes(root)
    .map((text) => text.data)
    .join('');

/** The parent of `node`, stepping from a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent;
}

/** True when `node` sits inside an element matching `selector`, across shadow roots. */
export function isInside(node: Node, selector: string): boolean {
  for (let at = composedParent(node); at; at = composedParent(at)) {
    if (at instanceof Element && at.matches(selector)) return true;
  }
  return false;
}

const ISOLATING = new Set(['isolate', 'isolate-override', 'plaintext']);

/** Whether `element` starts a bidi context of its own: a `dir` attribute, `<bdi>`, or any box that is not inline. */
function ownsBidi(element: Element): boolean {
  const style = getComputedStyle(element);
  return element.hasAttribute('dir') || ISOLATING.has(style.unicodeBidi) || (style.display !== 'inline' && style.display !== 'contents');
}

/**
 * Where `text`'s direction stops: the nearest ancestor with a `dir` attribute, an isolating `unicode-bidi`
 * (`<bdi>`, `dir="auto"`, and block elements in Chromium) or a box that is not inline (a block starts a
 * paragraph of its own; an inline block is one neutral character to its line).
 */
export function bidiContainer(text: Text): Element | null {
  for (let at = composedParent(text); at; at = composedParent(at)) {
    if (at instanceof Element && ownsBidi(at)) return at;
  }
  return null;
}

export const isIsolating = (element: Element): boolean =>
  element.hasAttribute('dir') || ISOLATING.has(getComputedStyle(element).unicodeBidi);

/**
 * The text sharing `container`'s bidi run: its text nodes, without those in nested elements that own a
 * bidi context. An unclosed right-to-left override anywhere in the run reorders all of it.
 */
export function bidiRun(container: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
    if (node instanceof HTMLStyleElement) return;
    if (node !== container && node instanceof Element && ownsBidi(node)) return;
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(container);
  return parts.join('');
}

/** A short name for an element in failure messages: `p.text in cdw-proposal-item`. */
export function describeElement(element: Element): string {
  const classes = [...element.classList].map((c) => `.${c}`).join('');
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? ` in ${root.host.localName}` : '';
  return `${element.localName}${classes}${host}`;
}
