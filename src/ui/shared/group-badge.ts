import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GroupView } from '../../domain/view.ts';
import { styleProperties } from './style-properties.ts';

/** Colours only help those who see them; symbol and number carry the identity (R2). All pass AA on light grounds. */
const GROUP_COLOURS = [
  '#1f4fd1', '#b42318', '#05603a', '#7a2e9c', '#8a4b00', '#0e6377',
  '#b0175a', '#3f6a0c', '#9a3412', '#3730a3', '#115e59', '#6b21a8',
];

export const groupColour = (group: GroupView): string => GROUP_COLOURS[(group.number - 1) % GROUP_COLOURS.length]!;

/** A group as everyone sees it: symbol, number, name and venue. */
@customElement('cdw-group-badge')
export class GroupBadge extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      align-items: baseline;
      gap: 0.3em;
      max-width: 100%;
    }
    .mark {
      font-weight: 700;
      white-space: nowrap;
      color: var(--badge-mark, var(--group-colour));
    }
    .name {
      overflow-wrap: anywhere;
    }
    .venue {
      overflow-wrap: anywhere;
      color: var(--badge-muted, var(--muted));
    }
  `;

  @property({ attribute: false }) group: GroupView | null = null;

  protected override render() {
    const group = this.group;
    if (!group) return html``;
    return html`<span class="mark" ${styleProperties({ '--group-colour': groupColour(group) })}
        ><span aria-hidden="true">${group.symbol}</span> ${group.number}</span
      >
      <span class="name" dir="auto">${group.name}</span>${group.venue ? html`<span class="venue">· <bdi>${group.venue}</bdi></span>` : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-group-badge': GroupBadge;
  }
}
