import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Diagnostic, DiagnosticReason } from '../domain/view.ts';
import { LocalizedController } from '../i18n/localized-controller.ts';

/** A hostile document may hold any number of bad records: the list stops here, the counts never do. */
export const LISTED_AT_MOST = 200;

interface ReasonText {
  name: string;
  explain: string;
}

/** R9: the records every client ignored, counted per reason in plain words, then listed. */
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
      color: var(--muted, #4b5563);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--line, #d0d5dd);
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
      border-bottom: 1px solid var(--line, #d0d5dd);
    }
    td {
      overflow-wrap: anywhere;
    }
    code {
      font-size: 0.9em;
    }
  `;

  @property({ attribute: false }) diagnostics: readonly Diagnostic[] = [];

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.sync.diagnostics;
    const total = this.diagnostics.length;
    return html`<h2 id="heading">${t.heading}</h2>
      <p class="intro">${t.intro}</p>
      ${total === 0 ? html`<p>${t.none}</p>` : this.renderFound(total)}`;
  }

  private renderFound(total: number) {
    const t = this.i18n.t.sync.diagnostics;
    const reasons: Record<DiagnosticReason, ReasonText> = t.reasons;
    const format = new Intl.NumberFormat(this.i18n.language).format;
    const listed = this.diagnostics.slice(0, LISTED_AT_MOST);
    return html`<p><strong>${t.total(total)}</strong></p>
      <h3 id="by-reason">${t.byReason}</h3>
      <ul aria-labelledby="by-reason">
        ${countByReason(this.diagnostics).map(
          ([reason, count]) => html`<li>
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
      ${total > listed.length ? html`<p>${t.firstOf(listed.length, total)}</p>` : ''}`;
  }
}

/** Most frequent first; equal counts keep the order in which their first record was found. */
export function countByReason(diagnostics: readonly Diagnostic[]): Array<[DiagnosticReason, number]> {
  const counts = new Map<DiagnosticReason, number>();
  for (const { reason } of diagnostics) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-diagnostics': DiagnosticsView;
  }
}
