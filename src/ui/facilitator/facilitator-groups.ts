import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GroupView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { cardListStyles } from '../shared/shared-styles.ts';
import './facilitator-group.ts';

/** Every group that joined, in joining order, each with rename and remove. */
@customElement('cdw-facilitator-groups')
export class FacilitatorGroups extends LitElement {
  static override styles = [
    cardListStyles,
    css`
      :host {
        display: block;
      }
      ol {
        gap: 0.5rem;
      }
      li {
        padding: 0.75rem 1rem;
      }
      .empty {
        color: var(--muted);
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) groups: readonly GroupView[] = [];

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t;
    if (!this.groups.length) return html`<p class="empty">${t.sync.noGroups}</p>`;
    return html`<ol aria-label=${t.sync.groups}>
      ${this.groups.map((group) => html`<li><cdw-facilitator-group .group=${group}></cdw-facilitator-group></li>`)}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-facilitator-groups': FacilitatorGroups;
  }
}
