import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localStore } from '../../doc/guarded-storage.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/venue.ts';
import { controlStyles } from '../shared/shared-styles.ts';

const DISMISSED_KEY = 'cdw-no-offline-copy-dismissed';

/** Browsers run service workers only in secure contexts: a page over plain HTTP from a venue laptop has none. */
export const pageHasOfflineCopy = (): boolean => 'serviceWorker' in navigator;

const wasDismissed = (): boolean => localStore.getItem(DISMISSED_KEY) === '1';

/**
 * Says once, on a page with no service worker, that it reopens only while the laptop serving it runs; closed,
 * it stays closed in this browser (per address, as storage is).
 */
@customElement('cdw-no-offline-copy-note')
export class NoOfflineCopyNote extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .note {
        display: flex;
        gap: 0.75rem;
        align-items: center;
        justify-content: space-between;
        background: var(--warn-paper);
        border: 1px solid var(--warn-line);
        border-radius: var(--radius);
        padding: 0.5rem 0.5rem 0.5rem 1rem;
      }
      p {
        margin: 0;
      }
    `,
  ];

  /** Whether the page has a service worker to reopen from; tests set it. */
  @property({ type: Boolean }) offlineCopy = pageHasOfflineCopy();
  @state() private dismissed = wasDismissed();

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    if (this.offlineCopy || this.dismissed) return html``;
    return html`<div class="note" role="note">
      <p>${this.i18n.t.venue.reopensOnlyWhileLaptopRuns}</p>
      <button type="button" class="quiet" @click=${this.dismiss}>${this.i18n.t.dismiss}</button>
    </div>`;
  }

  private dismiss(): void {
    this.dismissed = true;
    // Storage refused: the note stays closed on this page anyway.
    localStore.setItem(DISMISSED_KEY, '1');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-no-offline-copy-note': NoOfflineCopyNote;
  }
}
