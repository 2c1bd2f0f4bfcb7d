import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { OriginCheck, VerificationReport } from '../../domain/verification.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/diagnostics.ts';
import type { VerifyWords } from '../../i18n/en/verify-page.ts';
import { renderFindings } from './verify-findings.ts';

/** The verifier's report in plain words: the verdict, whose session, who wrote what, the findings, and the limits. */
@customElement('cdw-verify-report')
export class VerifyReport extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h2 {
      font-size: 1.3rem;
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
    }
    h3 {
      font-size: 1.1rem;
      margin: 1.5rem 0 0.5rem;
    }
    p,
    li {
      max-width: 48rem;
    }
    ol.findings {
      padding-inline-start: 1.5rem;
      display: grid;
      gap: 0.6rem;
    }
    code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 0.9em;
      overflow-wrap: anywhere;
    }
    dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.15rem 0.75rem;
      margin: 0.3rem 0 0;
    }
    dt {
      color: var(--muted);
    }
    dd {
      margin: 0;
    }
    .stage.signature,
    .stage.validation {
      color: var(--danger);
      font-weight: 600;
    }
    .verdict {
      border: 2px solid var(--ok);
      border-inline-start-width: 0.5rem;
      border-radius: var(--radius);
      background: var(--paper);
      padding: 0.75rem 1rem;
      margin: 0.5rem 0 1rem;
      font-weight: 600;
    }
    .verdict.failed {
      border-color: var(--danger);
    }
    .verdict:focus {
      outline: none;
    }
    .verdict:focus-visible {
      outline: 3px solid var(--focus);
    }
    table {
      border-collapse: collapse;
      margin: 0.5rem 0 1rem;
      background: var(--paper);
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-bottom: 0.25rem;
    }
    th,
    td {
      border: 1px solid var(--line);
      padding: 0.3rem 0.6rem;
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    td.count {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `;

  @property({ attribute: false }) report: VerificationReport | null = null;
  @property() fileName = '';
  /** The page's words in the page's language, loaded with the page. */
  @property({ attribute: false }) words: VerifyWords | null = null;

  private readonly i18n = new LocalizedController(this);

  /** Moves focus to the verdict, so a screen reader says it before anything else. */
  async focusVerdict(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.verdict')?.focus();
  }

  protected override render() {
    const report = this.report;
    const t = this.words;
    if (!report || !t) return nothing;
    return html`<section aria-labelledby="result-heading">
      <h2 id="result-heading">${t.resultFor(this.fileName)}</h2>
      <p class="verdict ${report.verified ? '' : 'failed'}" tabindex="-1">
        <span aria-hidden="true">${report.verified ? '✓' : '✗'}</span> ${report.verified ? t.verified : t.notVerified}
      </p>
      <h3>${t.originHeading}</h3>
      <ul>
        ${this.originLines(report.origin, t).map((line) => html`<li>${line}</li>`)}
      </ul>
      ${this.renderTallies(report, t)}
      ${renderFindings(report, t, this.i18n.t.sync.diagnostics.reasons)}
      ${this.renderProvenance(report, t)}
      <h3>${t.undetectableHeading}</h3>
      <ul>
        ${report.undetectable.map((u) => html`<li>${t.undetectable[u]}</li>`)}
      </ul>
    </section>`;
  }

  /** One line for a convergence session: how many candidates verify against their sources; none for other sessions. */
  private renderProvenance({ provenance: p }: VerificationReport, { convergence: t }: VerifyWords) {
    if (p.candidates === 0) return nothing;
    const notVerified = p.notVerified.length ? ` ${t.sourceNotVerified}: ${p.notVerified.map((n) => n.candidate).join(', ')}.` : '';
    const claimed = p.countAsClaimed.length ? ` ${t.countAsClaimed(p.countAsClaimed.length)}` : '';
    return html`<p class="provenance">${t.provenance(p.verified, p.candidates)}${claimed}${notVerified}</p>`;
  }

  private originLines(origin: OriginCheck, t: VerifyWords): string[] {
    if (origin.kind === 'self-consistency') return [t.selfConsistency, origin.room ? t.fileRoom(origin.room) : t.noRoom];
    const lines = [t.linkRoom(origin.room), origin.facilitator ? t.linkFacilitator(origin.facilitator) : t.linkNoFacilitator];
    lines.push(origin.roomMatches ? t.roomMatches : t.otherRoom(origin.exportedRoom ?? t.noRoom));
    if (origin.facilitatorMatches === true) lines.push(t.facilitatorMatches);
    if (origin.facilitatorMatches === false) lines.push(t.facilitatorDiffers(origin.recordsFacilitator ?? t.nobody));
    return lines;
  }

  private renderTallies(report: VerificationReport, t: VerifyWords) {
    const venue = (name: string) => (name ? html`<bdi>${name}</bdi>` : t.noVenue);
    const count = (n: number) => n.toLocaleString(this.i18n.intl);
    return html`<h3>${t.recordsHeading}</h3>
      <p>${t.records(report.records.total, report.records.authentic)}</p>
      ${report.groups.length
        ? html`<table>
            <caption>${t.groups}</caption>
            <thead><tr><th scope="col">${t.group}</th><th scope="col">${t.venue}</th><th scope="col">${t.authentic}</th></tr></thead>
            <tbody>
              ${report.groups.map(
                (g) => html`<tr>
                  <td>${g.symbol} ${g.number} <bdi>${g.name}</bdi></td>
                  <td>${venue(g.venue)}</td>
                  <td class="count">${count(g.records)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
          <table>
            <caption>${this.i18n.t.sync.venues}</caption>
            <thead><tr><th scope="col">${t.venue}</th><th scope="col">${t.groups}</th><th scope="col">${t.authentic}</th></tr></thead>
            <tbody>
              ${report.venues.map(
                (v) => html`<tr><td>${venue(v.venue)}</td><td class="count">${count(v.groups)}</td><td class="count">${count(v.records)}</td></tr>`,
              )}
            </tbody>
          </table>`
        : nothing}
      <ul>
        <li>${t.facilitator}: ${count(report.facilitatorRecords)}</li>
        ${report.otherRecords ? html`<li>${t.others}: ${count(report.otherRecords)}</li>` : nothing}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-verify-report': VerifyReport;
  }
}
