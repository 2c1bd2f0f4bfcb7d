/// <reference lib="dom" />
/**
 * Runs inside the page (it is sent as source, so it closes over nothing): finds elements by role and
 * name across shadow roots, as DESIGN.md §6 names them, and acts on them the way a person's input would.
 */
export function pageKit() {
  const roleOf = (el: Element): string | null => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit;
    if (el instanceof HTMLButtonElement) return 'button';
    if (el instanceof HTMLSelectElement) return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (el instanceof HTMLTextAreaElement) return 'textbox';
    if (el instanceof HTMLInputElement && ['text', 'search', 'url', ''].includes(el.type)) return 'textbox';
    return ({ OL: 'list', UL: 'list', LI: 'listitem' } as Record<string, string>)[el.tagName] ?? null;
  };
  const isHidden = (el: Element): boolean =>
    el.getAttribute('aria-hidden') === 'true' || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(el.tagName) || getComputedStyle(el).display === 'none';
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
    if (!(node instanceof Element) || isHidden(node)) return '';
    const value = node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement ? ` ${node.value} ` : '';
    return value + childrenOf(node).map(textOf).join(' ');
  };
  const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return squeeze(label);
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return squeeze(labelledBy.split(' ').map((id) => textOf(root.getElementById(id) ?? document.createTextNode(''))).join(' '));
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return squeeze(Array.from(labels).map(textOf).join(' '));
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? '' : squeeze(textOf(el));
  };
  const descendants = (node: Node): Element[] =>
    childrenOf(node).flatMap((child) => (child instanceof Element ? [child, ...descendants(child)] : []));
  const visible = (el: Element): boolean => el.getClientRects().length > 0;

  /** Every visible element with `role` whose name begins with `name` (or matches it), in flat-tree order. */
  const all = (role: string, name: string | RegExp = '', within: Node = document.documentElement): Element[] =>
    descendants(within).filter((el) => {
      if (roleOf(el) !== role || !visible(el)) return false;
      const accessible = nameOf(el);
      return typeof name === 'string' ? accessible.startsWith(name) : name.test(accessible);
    });
  const one = (role: string, name: string | RegExp = '', within?: Node): Element => {
    const found = all(role, name, within)[0];
    if (!found) throw new Error(`no visible ${role} named "${String(name)}"`);
    return found;
  };
  /** A list's own items, without items of lists nested in an item. */
  const itemsOf = (list: Element): Element[] => {
    const items: Element[] = [];
    const collect = (node: Node): void => {
      for (const child of childrenOf(node)) {
        if (!(child instanceof Element) || isHidden(child)) continue;
        const role = roleOf(child);
        if (role === 'listitem') items.push(child);
        else if (role !== 'list') collect(child);
      }
    };
    collect(list);
    return items;
  };

  return {
    all,
    one,
    exists: (role: string, name: string | RegExp = ''): boolean => all(role, name).length > 0,
    text: (el: Node = document.documentElement): string => squeeze(textOf(el)),
    /** The texts of the list "Proposals" (DESIGN.md §6), in the order shown. */
    proposals: (): string[] => itemsOf(one('list', 'Proposals')).map((item) => squeeze(textOf(item))),
    /** The item of the list "Proposals" holding `text`. */
    proposal: (text: string): Element => {
      const item = itemsOf(one('list', 'Proposals')).find((candidate) => textOf(candidate).includes(text));
      if (!item) throw new Error(`no proposal "${text}"`);
      return item;
    },
    /** As typing does: the value changes, then `input` and `change` reach the component's listeners. */
    fill(el: Element, value: string): void {
      const field = el as HTMLInputElement | HTMLTextAreaElement;
      field.focus();
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
      setter.call(field, value);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    },
    click(el: Element): void {
      (el as HTMLElement).focus();
      (el as HTMLElement).click();
    },
  };
}

export type PageKit = ReturnType<typeof pageKit>;
