import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/links.ts';
import '../../i18n/en/venue.ts';
import { controlStyles } from '../shared/shared-styles.ts';
import { venueLinksFrom, venueOrigins, type VenueLinks } from './venue-links.ts';
import '../shared/qr-code.ts';

/** Asks the relay that served this page where the room's machines reach it; none when it cannot say. */
async function fetchLanUrls(): Promise<string[]> {
  try {
    const response = await fetch('/lan', { cache: 'no-store' });
    const body: unknown = response.ok ? await response.json() : null;
    const urls = (body as { urls?: unknown } | null)?.urls;
    return Array.isArray(urls) ? urls.filter((url): url is string => typeof url === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * `#/venue`, on a venue relay: the facilitator pastes a session link and gets its scribe and view links on the
 * relay's address on the room's network, each with a large QR code, ready to project. Never a facilitator link.
 */
@customElement('cdw-venue-screen')
export class VenueScreen extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: grid;
        gap: 1.25rem;
      }
      h1 {
        margin: 0.5rem 0 0;
        font-size: 1.6rem;
      }
      .intro {
        margin: 0;
        max-width: 48rem;
      }
      .links {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
        gap: 1.25rem;
      }
      .card {
        background: var(--paper);
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 1rem 1.25rem 1.25rem;
        display: grid;
        justify-items: center;
        gap: 0.6rem;
        text-align: center;
      }
      .card h2 {
        margin: 0;
        font-size: clamp(1.3rem, 2.4vw, 2.2rem);
      }
      .card p {
        margin: 0;
      }
      cdw-qr-code {
        --qr-size: min(80vw, 52vh, 34rem);
      }
      .url {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: clamp(0.95rem, 1.3vw, 1.35rem);
        word-break: break-all;
        color: var(--ink);
      }
      form,
      fieldset {
        display: grid;
        gap: 0.5rem;
        max-width: 48rem;
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 0.75rem 1rem;
        margin: 0;
      }
      legend {
        font-weight: 600;
        padding: 0 0.3rem;
      }
      .choice {
        display: flex;
        align-items: center;
        gap: 0.6rem;
        min-height: 2.75rem;
        font-weight: 400;
        margin: 0;
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      }
      .choice input {
        width: auto;
        margin: 0;
      }
      textarea {
        min-height: 4.5rem;
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 0.9rem;
        word-break: break-all;
      }
      form button {
        justify-self: start;
      }
      .hint,
      .problem {
        margin: 0;
      }
    `,
  ];

  /** The relay's LAN URLs; tests set them, the page asks the relay (`GET /lan`). Null while asking. */
  @property({ attribute: false }) lanUrls: readonly string[] | null = null;
  @state() private links: VenueLinks | null = null;
  @state() private chosen: string | null = null;
  @state() private unreadable = false;

  private readonly i18n = new LocalizedController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.lanUrls === null) void fetchLanUrls().then((urls) => (this.lanUrls ??= urls));
  }

  private get origins(): string[] {
    return venueOrigins(this.lanUrls ?? []);
  }

  /** The address chosen, or the first offered (the page's own when others can reach it). */
  private get origin(): string | null {
    const origins = this.origins;
    return this.chosen !== null && origins.includes(this.chosen) ? this.chosen : (origins[0] ?? null);
  }

  protected override render() {
    const t = this.i18n.t.venue;
    // Once there are links, they come first: this is the page the room sees on the projector.
    return html`<h1>${t.heading}</h1>
      ${this.links ? this.renderLinks(this.links) : html`<p class="intro">${t.intro}</p>`} ${this.renderAddresses()}
      <form @submit=${this.onSubmit} novalidate>
        <label for="pasted">${t.pastedLink}</label>
        <textarea
          id="pasted"
          rows="2"
          autocomplete="off"
          spellcheck="false"
          aria-invalid=${this.unreadable ? 'true' : 'false'}
          aria-describedby="pasted-hint pasted-problem"
        ></textarea>
        <p class="hint" id="pasted-hint">${t.pastedHint}</p>
        <p class="problem" id="pasted-problem" aria-live="polite">${this.unreadable ? t.notALink : ''}</p>
        <button class="primary" type="submit">${t.show}</button>
      </form>`;
  }

  private renderAddresses() {
    const t = this.i18n.t.venue;
    if (this.lanUrls === null) return nothing;
    const origins = this.origins;
    if (origins.length === 0) return html`<p class="problem" role="alert">${t.noAddress}</p>`;
    return html`<fieldset aria-describedby="address-hint">
      <legend>${t.address}</legend>
      ${origins.map(
        (origin) => html`<label class="choice"
          ><input type="radio" name="origin" .value=${origin} .checked=${origin === this.origin} @change=${this.onChoose} />${origin}</label
        >`,
      )}
      <p class="hint" id="address-hint">${t.addressHint}</p>
    </fieldset>`;
  }

  private renderLinks(links: VenueLinks) {
    const origin = this.origin;
    if (origin === null) return nothing;
    const { start, venue } = this.i18n.t;
    const shown = [
      ...(links.scribeHash ? [{ label: start.scribeLink, hint: venue.scribeHint, url: `${origin}/${links.scribeHash}` }] : []),
      { label: start.viewLink, hint: venue.viewHint, url: `${origin}/${links.viewHash}` },
    ];
    return html`<div class="links">
      ${shown.map(
        ({ label, hint, url }) => html`<section class="card" aria-label=${label}>
          <h2>${label}</h2>
          <cdw-qr-code .value=${url} .label=${this.i18n.t.share.qrOf(label)}></cdw-qr-code>
          <a class="url" href=${url}>${url}</a>
          <p class="hint">${hint}</p>
        </section>`,
      )}
    </div>`;
  }

  private onChoose(event: Event): void {
    this.chosen = (event.target as HTMLInputElement).value;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const links = await venueLinksFrom(this.renderRoot.querySelector('textarea')?.value ?? '');
    this.unreadable = links === null;
    this.links = links ?? this.links;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-venue-screen': VenueScreen;
  }
}
