import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LanguageTag, RecordId } from '../../domain/records.ts';
import type { ProposalView, TranslationNeed, WorkshopView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { excerpt } from '../../domain/group-label.ts';
import { capitalized, languageName } from '../shared/language-names.ts';
import { originalMark } from '../shared/language-mark.ts';
import type { WorkshopEvent } from '../shared/events.ts';
import { blockingBox, cardListStyles, controlStyles } from '../shared/shared-styles.ts';
import './translate-form.ts';

interface OpenItem {
  lang: LanguageTag;
  proposal: RecordId;
}

/**
 * For volunteers: per working language, the current versions with no translation or an outdated one,
 * each with one button that opens the translation form right there.
 */
@customElement('cdw-translation-needs')
export class TranslationNeeds extends LitElement {
  static override styles = [
    controlStyles,
    cardListStyles,
    css`
      :host {
        display: block;
      }
      a {
        color: var(--accent);
        font-weight: 600;
      }
      h1 {
        font-size: 1.5rem;
        margin: 1rem 0 0.5rem;
      }
      h1:focus,
      h2:focus {
        outline: none;
      }
      .intro {
        color: var(--muted);
        margin: 0 0 1rem;
      }
      h2 {
        font-size: 1.2rem;
        margin: 1.5rem 0 0.5rem;
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.75rem;
        align-items: baseline;
      }
      .count {
        font-size: 0.95rem;
        font-weight: 600;
        color: var(--muted);
      }
      .original {
        margin: 0;
        font-size: 1.05rem;
        line-height: 1.45;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .mark {
        font-size: 0.75rem;
        font-weight: 700;
        padding: 0 0.35em;
        border: 1px solid var(--line-strong);
        border-radius: 0.3em;
        color: var(--muted);
        white-space: nowrap;
        unicode-bidi: isolate;
      }
      .reason {
        margin: 0.4rem 0 0.6rem;
        font-size: 0.92rem;
        color: var(--muted);
      }
      .reason.outdated {
        color: var(--warn-line);
        font-weight: 600;
      }
      .none {
        color: var(--muted);
        margin: 0;
      }
      .blocked {
        ${blockingBox}
      }
    `,
  ];

  @property({ attribute: false }) view!: WorkshopView;
  @property() backHref = '#/';
  /** Why this group cannot translate now (locked session, removed group); null when it can. */
  @property({ attribute: false }) blockedBy: string | null = null;

  @state() private open: OpenItem | null = null;

  private readonly i18n = new LocalizedController(this);

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  /** The page's own language first: most volunteers translate into the language they read this page in. */
  private get languages(): LanguageTag[] {
    const reader = this.i18n.language;
    const working = this.view.languages;
    return working.includes(reader) ? [reader, ...working.filter((lang) => lang !== reader)] : [...working];
  }

  protected override render() {
    const t = this.i18n.t;
    return html`<a href=${this.backHref}><span class="back-arrow" aria-hidden="true">←</span> ${t.translations.back}</a>
      <h1 tabindex="-1">${t.translations.needsHeading}</h1>
      <p class="intro">${t.translations.needsIntro}</p>
      <div aria-live="polite">${this.blockedBy ? html`<p class="blocked">${this.blockedBy}</p>` : nothing}</div>
      ${this.languages.map((lang) => this.renderLanguage(lang))}`;
  }

  private renderLanguage(lang: LanguageTag) {
    const t = this.i18n.t;
    const reader = this.i18n.language;
    const needs = this.view.needsTranslation.filter((need) => need.lang === lang);
    const entries: Array<{ proposal: ProposalView; need: TranslationNeed | null }> = [];
    for (const need of needs) {
      const proposal = this.view.proposals.find((p) => p.id === need.proposal);
      if (proposal) entries.push({ proposal, need });
    }
    // The item being translated stays while its form is open, even once another group translated it.
    const open = this.open;
    if (open?.lang === lang && !entries.some((e) => e.proposal.id === open.proposal)) {
      const proposal = this.view.proposals.find((p) => p.id === open.proposal);
      if (proposal) entries.push({ proposal, need: null });
    }
    const name = capitalized(languageName(lang, reader), reader);
    return html`<section aria-labelledby="heading-${lang}" data-lang=${lang}>
      <h2 id="heading-${lang}" tabindex="-1">
        <span lang=${lang}>${name}</span> <span class="count">${t.translations.toTranslate(needs.length)}</span>
      </h2>
      ${entries.length === 0
        ? html`<p class="none">${t.translations.nothingInLanguage}</p>`
        : html`<ol>
            ${repeat(
              entries,
              (entry) => entry.proposal.id,
              (entry) => this.renderEntry(lang, entry.proposal, entry.need),
            )}
          </ol>`}
    </section>`;
  }

  private renderEntry(lang: LanguageTag, proposal: ProposalView, need: TranslationNeed | null) {
    const t = this.i18n.t;
    const reader = this.i18n.language;
    const { text, lang: original } = proposal.current;
    const isOpen = this.open?.lang === lang && this.open.proposal === proposal.id;
    const reason = !need
      ? html`<p class="reason">${t.translations.translatedMeanwhile}</p>`
      : need.reason === 'outdated'
        ? html`<p class="reason outdated">⚠ ${capitalized(t.translations.outdated, reader)}</p>`
        : html`<p class="reason">${capitalized(t.translations.missing, reader)}</p>`;
    const action = t.translations.translateIntoLanguage(languageName(lang, reader));
    return html`<li data-proposal=${proposal.id}>
      <p class="original" lang=${original ?? nothing} dir="auto">${text}${original ? originalMark(original, t, reader) : nothing}</p>
      ${reason}
      ${isOpen
        ? html`<cdw-translate-form
            .proposal=${proposal}
            .languages=${[lang]}
            .target=${lang}
            ?blocked=${this.blockedBy !== null}
            @close-translation=${this.closeForm}
          ></cdw-translate-form>`
        : html`<button
            type="button"
            class="primary"
            aria-label="${action}: ${excerpt(text)}"
            ?disabled=${this.blockedBy !== null}
            @click=${() => (this.open = { lang, proposal: proposal.id })}
          >
            ${action}
          </button>`}
    </li>`;
  }

  /** After a save, focus moves to the next item needing this language (its own item is gone); after Cancel, back to its button. */
  private async closeForm(event: WorkshopEvent<'close-translation'>): Promise<void> {
    event.stopPropagation();
    const open = this.open;
    if (!open) return;
    const section = this.renderRoot.querySelector(`section[data-lang="${open.lang}"]`);
    const order = [...(section?.querySelectorAll<HTMLElement>('li[data-proposal]') ?? [])].map((li) => li.dataset.proposal);
    const at = order.indexOf(open.proposal);
    const candidates = event.detail.saved ? [...order.slice(at + 1), ...order.slice(0, at).reverse()] : [open.proposal];
    this.open = null;
    await this.updateComplete;
    const target = candidates
      .map((id) => section?.querySelector<HTMLButtonElement>(`li[data-proposal="${id}"] > button`))
      .find((button) => button);
    (target ?? section?.querySelector<HTMLElement>('h2'))?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-translation-needs': TranslationNeeds;
  }
}
