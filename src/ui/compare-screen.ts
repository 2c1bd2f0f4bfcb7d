import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizedController } from '../i18n/localized-controller.ts';
import type { WorkshopEvent } from './events.ts';
import { absoluteLink, compareHash, syncUrlFor, viewHash } from './route.ts';
import './compare-form.ts';
import './compare-room.ts';

/** `#/compare/<roomId>,…`: several sessions side by side, read-only, for a final convergence across venues. */
@customElement('cdw-compare-screen')
export class CompareScreen extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h1 {
      font-size: 1.6rem;
      margin: 0.5rem 0;
    }
    .intro {
      color: var(--muted, #4b5563);
      margin: 0 0 1rem;
      max-width: 44rem;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
      gap: 1rem;
      margin-top: 1.5rem;
      align-items: stretch;
    }
  `;

  @property({ attribute: false }) roomIds: readonly string[] = [];
  @property({ attribute: false }) syncUrl: string | null = syncUrlFor();
  @property({ type: Boolean }) persist = true;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.publish;
    const without = (roomId: string) => compareHash(this.roomIds.filter((id) => id !== roomId));
    return html`<h1>${t.compareHeading}</h1>
      <p class="intro">${t.compareIntro}</p>
      <cdw-compare-form
        .links=${this.roomIds.map((roomId) => absoluteLink(viewHash(roomId)))}
        @compare-rooms=${this.onCompare}
      ></cdw-compare-form>
      <div class="columns">
        ${repeat(
          this.roomIds,
          (roomId) => roomId,
          (roomId) => html`<cdw-compare-room
            .roomId=${roomId}
            .syncUrl=${this.syncUrl}
            .persist=${this.persist}
            removeHref=${without(roomId)}
          ></cdw-compare-room>`,
        )}
      </div>`;
  }

  private onCompare(event: WorkshopEvent<'compare-rooms'>): void {
    location.hash = compareHash(event.detail.roomIds);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-compare-screen': CompareScreen;
  }
}
