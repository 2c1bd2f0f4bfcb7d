/// <reference lib="dom" />
// Types for the function that runs inside the page.
import type { Locator } from 'playwright-core';

/**
 * The texts of a list's own items, in order, as the accessibility tree sees them: across shadow
 * roots and slots, without hidden or aria-hidden parts, and without items of lists nested in an item.
 */
export async function listItemTexts(list: Locator): Promise<string[]> {
  // tsx keeps function names by wrapping them in `__name(...)`, a helper the page does not have.
  await list.page().evaluate('globalThis.__name ??= (fn) => fn');
  return list.evaluate((root) => {
    const roleOf = (el: Element): string | null =>
      el.getAttribute('role') ?? ({ LI: 'listitem', OL: 'list', UL: 'list' } as Record<string, string>)[el.tagName] ?? null;
    const isHidden = (el: Element): boolean =>
      (el as HTMLElement).hidden === true ||
      el.getAttribute('aria-hidden') === 'true' ||
      el.tagName === 'STYLE' ||
      el.tagName === 'SCRIPT' ||
      el.tagName === 'TEMPLATE' ||
      getComputedStyle(el).display === 'none';
    // The flat tree: a host's shadow children, a slot's assigned nodes, otherwise the light children.
    const childrenOf = (node: Node): Node[] => {
      if (node instanceof Element && node.shadowRoot) return Array.from(node.shadowRoot.childNodes);
      if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes({ flatten: true });
        return assigned.length > 0 ? assigned : Array.from(node.childNodes);
      }
      return Array.from(node.childNodes);
    };
    const textOf = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
      if (!(node instanceof Element)) return '';
      if (isHidden(node)) return '';
      const value = node instanceof HTMLInputElement && node.type !== 'hidden' ? ` ${node.value} ` : '';
      return value + childrenOf(node).map(textOf).join(' ');
    };
    const items: Element[] = [];
    const collect = (node: Node): void => {
      for (const child of childrenOf(node)) {
        if (!(child instanceof Element) || isHidden(child)) continue;
        const role = roleOf(child);
        if (role === 'listitem') items.push(child);
        else if (role !== 'list') collect(child);
      }
    };
    collect(root);
    return items.map((item) => textOf(item).replace(/\s+/g, ' ').trim());
  });
}
