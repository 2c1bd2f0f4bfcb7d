import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { WorkshopRecord } from '../../domain/records.ts';
import type { WorkshopView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { publishHash } from '../shell/route.ts';

/** The exporters are fetched only when someone opens this, so the scribe's page stays small. */
const loadExportActions = (): Promise<unknown> => import('./export-actions.ts');

/** The scribe's way to the exports: a closed disclosure at the end of the page, and the publishing page. */
@customElement('cdw-export-disclosure')
export class ExportDisclosure extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin: 2rem 0 0;
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      /* A list item keeps the native open/closed marker; the padding makes a comfortable target. */
      padding: 0.6rem 0;
    }
    summary:focus-visible {
      outline: 3px solid var(--focus);
      outline-offset: 2px;
    }
    .body {
      display: grid;
      gap: 0.75rem;
      padding: 0.5rem 0 0;
    }
    a {
      color: var(--accent);
      font-weight: 600;
    }
  `;

  @property({ attribute: false }) view: WorkshopView | null = null;
  @property({ attribute: false }) records: readonly WorkshopRecord[] = [];
  @property() roomId = '';
  /** The facilitator the session's links name, kept in the link to the publish page. */
  @property() anchor: string | null = null;
  @state() private opened = false;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.publish;
    return html`<details @toggle=${this.onToggle}>
      <summary>${t.exportHeading}</summary>
      <div class="body">
        ${this.opened ? html`<cdw-export-actions .room=${this.roomId || null} .view=${this.view} .records=${this.records}></cdw-export-actions>` : ''}
        <a href=${publishHash(this.roomId, this.anchor)}>${t.openPublishPage}</a>
      </div>
    </details>`;
  }

  /** Resolves once the exporters are loaded and shown; tests await it. */
  async whenOpen(): Promise<void> {
    await loadExportActions();
    await this.updateComplete;
  }

  private onToggle(event: Event): void {
    if (!(event.target as HTMLDetailsElement).open || this.opened) return;
    this.opened = true;
    void loadExportActions();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-export-disclosure': ExportDisclosure;
  }
}
