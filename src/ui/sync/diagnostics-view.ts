import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DIAGNOSTIC_EXAMPLES } from '../../domain/diagnostics.ts';
import type { Diagnostic, DiagnosticCount, DiagnosticReason } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/diagnostics.ts';

interface ReasonText {
  name: string;
  explain: string;
}

/** R9: the records every client ignored, counted per reason in plain words, then a few of each listed. */
@customElement('cdw-diagnostics')
export class DiagnosticsView extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h2 {
      font-size: 1.2rem;
      margin: 1.5rem 0 0.5rem;
    }
    h3 {
      font-size: 1rem;
      margin: 1rem 0 0.4rem;
    }
    p {
      margin: 0.4rem 0;
    }
    .intro,
    .explain {
      color: var(--muted);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--line);
    }
    .explain {
      margin: 0.15rem 0 0;
      font-size: 0.95rem;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.95rem;
    }
    caption {
      text-align: start;
      font-weight: 700;
      margin: 1rem 0 0.4rem;
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.35rem 0.5rem 0.35rem 0;
      border-bottom: 1px solid var(--line);
    }
    td {
      overflow-wrap: anywhere;
    }
    code {
      font-size: 0.9em;
    }
  `;

  /** Examples, a few per reason (the view keeps no more: a hostile document may hold millions). */
  @property({ attribute: false }) diagnostics: readonly Diagnostic[] = [];
  /** Every ignored record, counted per reason. */
  @property({ attribute: false }) counts: readonly DiagnosticCount[] = [];

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.sync.diagnostics;
    const total = this.counts.reduce((sum, { count }) => sum + count, 0);
    return html`<h2 id="heading">${t.heading}</h2>
      <p class="intro">${t.intro}</p>
      ${total === 0 ? html`<p>${t.none}</p>` : this.renderFound(total)}`;
  }

  private renderFound(total: number) {
    const t = this.i18n.t.sync.diagnostics;
    const reasons: Record<DiagnosticReason, ReasonText> = t.reasons;
    const format = new Intl.NumberFormat(this.i18n.intl).format;
    const listed = this.diagnostics;
    return html`<p><strong>${t.total(total)}</strong></p>
      <h3 id="by-reason">${t.byReason}</h3>
      <ul aria-labelledby="by-reason">
        ${mostFrequentFirst(this.counts).map(
          ({ reason, count }) => html`<li>
            <strong>${format(count)}</strong> · ${reasons[reason].name}
            <p class="explain">${reasons[reason].explain}</p>
          </li>`,
        )}
      </ul>
      <table>
        <caption>${t.list}</caption>
        <thead>
          <tr><th scope="col">${t.reason}</th><th scope="col">${t.record}</th><th scope="col">${t.detail}</th></tr>
        </thead>
        <tbody>
          ${listed.map(
            (diagnostic) => html`<tr>
              <td>${reasons[diagnostic.reason].name}</td>
              <td>${diagnostic.id === null ? t.noId : html`<code>${diagnostic.id}</code>`}</td>
              <td>${diagnostic.detail === null ? '' : html`<code>${diagnostic.detail}</code>`}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${total > listed.length ? html`<p>${t.examplesOf(listed.length, total, DIAGNOSTIC_EXAMPLES)}</p>` : ''}`;
  }
}

/** Most frequent first; equal counts keep the view's order, in which their first record was found. */
export const mostFrequentFirst = (counts: readonly DiagnosticCount[]): DiagnosticCount[] => [...counts].sort((a, b) => b.count - a.count);

declare global {
  interface HTMLElementTagNameMap {
    'cdw-diagnostics': DiagnosticsView;
  }
}
