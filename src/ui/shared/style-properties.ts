import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets an element's style properties (dash-case names, e.g. `--group-colour`, `width`) through the
 * CSSOM. Never a style attribute: the page's Content-Security-Policy refuses those, and Lit's own
 * `styleMap` writes one on first render.
 */
class StyleProperties extends Directive {
  private names = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperties goes on the element itself: <span ${styleProperties(…)}>');
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.names = new Set(Object.keys(properties));
    return noChange;
  }
}

export const styleProperties = directive(StyleProperties);
