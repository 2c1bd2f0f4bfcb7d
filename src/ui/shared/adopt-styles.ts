import type { CSSResult, LitElement } from 'lit';

/** A lazily loaded part's styles join its element's own, once, when the part first renders there. */
export function adoptStyles(host: LitElement, styles: CSSResult): void {
  const root = host.renderRoot as ShadowRoot;
  const sheet = styles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
