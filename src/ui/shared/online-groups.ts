import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ActorId } from '../../domain/records.ts';
import type { GroupView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { findGroup } from '../../domain/group-label.ts';
import './group-badge.ts';

/** Which groups have a tab open right now (Yjs awareness), in the order they joined. */
@customElement('cdw-online-groups')
export class OnlineGroups extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.3rem 1rem;
    }
    .label {
      font-weight: 700;
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem 1rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: inline-flex;
    }
    .none {
      color: var(--badge-muted, var(--muted));
    }
  `;

  @property({ attribute: false }) groups: readonly GroupView[] = [];
  @property({ attribute: false }) online: readonly ActorId[] = [];

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.scribe;
    const known = this.online
      .map((id) => findGroup(this.groups, id))
      .filter((group): group is GroupView => group !== undefined)
      .sort((a, b) => a.number - b.number);
    return html`<div class="line">
      <span class="label" id="label">${t.groupsOnline}</span>
      ${known.length
        ? html`<ul aria-labelledby="label">
            ${known.map((group) => html`<li><cdw-group-badge .group=${group}></cdw-group-badge></li>`)}
          </ul>`
        : html`<span class="none">${t.noneOnline}</span>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-online-groups': OnlineGroups;
  }
}
