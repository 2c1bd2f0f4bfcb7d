import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { verifyResult } from '../../doc/verify-result.ts';
import type { VerificationReport } from '../../domain/verification.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/verify-page.ts';
import type { WorkshopEvent } from '../shared/events.ts';
import { absoluteLink, viewHash, type Anchor } from '../shell/route.ts';
import type { VerifyPageProblem } from './verify-form.ts';
import './verify-form.ts';
import './verify-report.ts';

/** `#/verify`: checks a JSON export in this browser, with no network, and reports in the page's language. */
@customElement('cdw-verify-screen')
export class VerifyScreen extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    h1 {
      font-size: 1.6rem;
      margin: 0.5rem 0;
    }
    .intro {
      color: var(--muted);
      margin: 0 0 1.25rem;
      max-width: 44rem;
    }
    cdw-verify-report {
      margin-top: 2rem;
    }
  `;

  /** The session whose view link is filled in, when the page was opened from it. */
  @property({ attribute: false }) roomId: string | null = null;
  @property({ attribute: false }) anchor: Anchor = null;
  @state() private report: { fileName: string; report: VerificationReport } | null = null;
  @state() private problem: VerifyPageProblem | null = null;
  @state() private busy = false;
  /** Only the latest check is shown, should an earlier one finish after it. */
  private checks = 0;

  private readonly i18n = new LocalizedController(this);

  /** Settles when the check started last has been shown (tests). */
  checked: Promise<void> = Promise.resolve();
  protected override render() {
    const t = this.i18n.t.verifyPage;
    const link = this.roomId ? absoluteLink(viewHash(this.roomId, this.anchor)) : '';
    return html`<h1>${t.heading}</h1>
      <p class="intro">${t.intro}</p>
      <cdw-verify-form .words=${t} .link=${link} .problem=${this.problem} ?busy=${this.busy} @verify-export=${this.onVerify}></cdw-verify-form>
      ${this.report
        ? html`<cdw-verify-report .words=${t} .report=${this.report.report} fileName=${this.report.fileName}></cdw-verify-report>`
        : nothing}`;
  }

  private onVerify(event: WorkshopEvent<'verify-export'>): void {
    const { text, fileName, link } = event.detail;
    const check = ++this.checks;
    this.busy = true;
    this.checked = verifyResult(text, link)
      .then(async (outcome) => {
        if (check !== this.checks) return;
        this.problem = outcome.ok ? null : outcome.problem;
        this.report = outcome.ok ? { fileName, report: outcome.report } : null;
        this.busy = false;
        await this.updateComplete;
        // The reader hears the verdict first, then reads on from there.
        if (outcome.ok) await this.renderRoot.querySelector('cdw-verify-report')?.focusVerdict();
      })
      .catch(() => {
        if (check !== this.checks) return;
        this.problem = 'unreadable';
        this.report = null;
        this.busy = false;
      });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-verify-screen': VerifyScreen;
  }
}
