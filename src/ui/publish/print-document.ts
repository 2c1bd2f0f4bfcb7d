import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { VERIFY_COMMAND } from '../../domain/export/labels.ts';
import { formatUtc, groupLabel, hiddenVersions, provenanceText, venuesOf } from '../../domain/export/participants.ts';
import type { ProposalView, WorkshopView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/export-labels.ts';
import { fitToHeight } from '../shared/fit-text.ts';
import { absoluteLink } from '../shell/route.ts';
import { verifyHash } from '../shell/verify-hash.ts';

/** Page size and margins can only be set for the whole document, never from inside a shadow root. */
const pageSheet = new CSSStyleSheet();
pageSheet.replaceSync('@page { size: A4; margin: 12mm; } @media print { :root, body { background: #fff; } }');

/**
 * The current document as one A4 page: on screen a preview sheet, in print the only thing printed.
 * The text is scaled by one common factor, measured on the sheet, until everything fits the page.
 */
@customElement('cdw-print-document')
export class PrintDocument extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .frame {
      overflow: hidden;
      height: calc(297mm * var(--zoom, 1));
    }
    .paper {
      box-sizing: border-box;
      width: 210mm;
      height: 297mm;
      padding: 12mm;
      background: #fff;
      color: #000;
      box-shadow: 0 1px 6px rgb(0 0 0 / 0.3);
      transform: scale(var(--zoom, 1));
      transform-origin: 0 0;
    }
    .page {
      /* A4 less its margins (273 mm), less a little room for print rendering wider than the screen. */
      height: 265mm;
      overflow: hidden;
      font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
      font-size: calc(var(--fit, 1) * 11.5pt);
      line-height: 1.3;
    }
    h2 {
      font-size: 1.7em;
      line-height: 1.15;
      margin: 0 0 0.25em;
      overflow-wrap: anywhere;
    }
    .meta,
    .groups,
    .late {
      font-size: 0.85em;
      margin: 0 0 0.8em;
    }
    .groups {
      margin: 0.9em 0 0;
    }
    .verify {
      font-size: 0.75em;
      margin: 0.9em 0 0;
      overflow-wrap: anywhere;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      border-bottom: 1px solid #000;
    }
    li {
      display: grid;
      grid-template-columns: 1.6em minmax(0, 1fr) auto;
      gap: 0.7em;
      align-items: baseline;
      padding: 0.4em 0;
      border-top: 1px solid #000;
      break-inside: avoid;
    }
    .rank {
      font-weight: 700;
      font-size: 1.1em;
    }
    .text,
    .translation {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .translation {
      margin-top: 0.2em;
      font-style: italic;
    }
    .hidden,
    .from {
      margin: 0.2em 0 0;
      font-size: 0.85em;
      font-style: italic;
    }
    .count {
      font-size: 0.85em;
      white-space: nowrap;
      text-align: end;
    }
    @media print {
      .frame {
        height: auto;
        overflow: visible;
      }
      .paper {
        width: auto;
        height: auto;
        padding: 0;
        box-shadow: none;
        transform: none;
      }
      .page {
        height: auto;
        overflow: visible;
      }
    }
  `;

  @property({ attribute: false }) view: WorkshopView | null = null;
  /** The date printed on the page, in milliseconds since the epoch. */
  @property({ attribute: false }) exportedAt = 0;

  private readonly i18n = new LocalizedController(this);
  /** A phone shows the whole sheet scaled down; a transform leaves the measured layout as printed. */
  private readonly onResize = (): void => this.zoomToWidth();

  override connectedCallback(): void {
    super.connectedCallback();
    if (!document.adoptedStyleSheets.includes(pageSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
    window.addEventListener('resize', this.onResize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
    window.removeEventListener('resize', this.onResize);
  }

  protected override firstUpdated(): void {
    // Web fonts arriving late change the measure.
    void document.fonts?.ready.then(() => this.fit());
  }

  protected override updated(): void {
    this.fit();
    this.zoomToWidth();
  }

  /** The text scale, 1 when everything fits at full size; tests and the print check read it. */
  get scale(): number {
    return Number(this.renderRoot.querySelector<HTMLElement>('.page')?.style.getPropertyValue('--fit') || 1);
  }

  private fit(): void {
    const page = this.renderRoot.querySelector<HTMLElement>('.page');
    // Printing lays the page out without a fixed height: only the screen sheet can be measured.
    if (page && !matchMedia('print').matches) fitToHeight(page, 'all');
  }

  private zoomToWidth(): void {
    const paper = this.renderRoot.querySelector<HTMLElement>('.paper');
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (!paper || !frame || !paper.offsetWidth) return;
    frame.style.setProperty('--zoom', String(Math.min(1, this.clientWidth / paper.offsetWidth)));
  }

  protected override render() {
    const view = this.view;
    if (!view) return nothing;
    const labels = this.i18n.t.exportLabels;
    const venues = venuesOf(view);
    return html`<div class="frame">
      <article class="paper">
        <div class="page">
          <h2><bdi>${view.title ?? labels.untitled}</bdi></h2>
          <p class="meta">
            ${labels.exportedAt}: ${formatUtc(this.exportedAt)}${venues.length ? html`<br />${labels.venues}: ${venues.map((venue, i) => html`${i ? ', ' : ''}<bdi>${venue}</bdi>`)}` : ''}
          </p>
          <ol aria-label=${labels.proposals}>
            ${view.proposals.map((proposal) => this.renderProposal(proposal))}
          </ol>
          ${view.notAdmitted.length ? html`<p class="late">${labels.notAdmitted(view.notAdmitted.length)}</p>` : ''}
          ${view.groups.length
            ? html`<p class="groups"><strong>${labels.groups}:</strong> ${view.groups.map((group, i) => html`${i ? ', ' : ''}<bdi>${groupLabel(group)}</bdi>`)}</p>`
            : ''}
          <p class="verify">${labels.verifyHint} <code>${VERIFY_COMMAND}</code> — ${this.i18n.t.verify.link}: ${absoluteLink(verifyHash())}</p>
        </div>
      </article>
    </div>`;
  }

  private renderProposal(proposal: ProposalView) {
    const labels = this.i18n.t.exportLabels;
    const language = this.i18n.language;
    // The reader's own language beside the original, when a volunteer translated it.
    const translation =
      proposal.current.lang === language ? undefined : proposal.translations.find((t) => t.lang === language);
    return html`<li>
      <span class="rank">${proposal.rank}</span>
      <div>
        <p class="text" lang=${ifDefined(proposal.current.lang ?? undefined)} dir="auto">${proposal.current.text}</p>
        ${translation
          ? html`<p class="translation" lang=${translation.lang}>[${translation.lang}${translation.outdated
                ? `, ${labels.outdated}`
                : ''}] <bdi>${translation.current.text}</bdi></p>`
          : ''}
        ${proposal.from.length ? html`<p class="from">${provenanceText(proposal, labels)}</p>` : ''}
        ${this.renderHidden(proposal)}
      </div>
      <span class="count">${labels.endorsements(proposal.endorsements)}</span>
    </li>`;
  }

  /** A hidden version is counted, never quoted (R10). */
  private renderHidden(proposal: ProposalView) {
    const hidden = hiddenVersions(proposal);
    return hidden ? html`<p class="hidden">${this.i18n.t.exportLabels.hiddenVersions(hidden)}</p>` : '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-print-document': PrintDocument;
  }
}
