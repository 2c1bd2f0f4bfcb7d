import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GroupView, ProposalTranslation, ProposalView, TranslationView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { findGroup } from '../../domain/group-label.ts';
import { capitalized, languageName } from './language-names.ts';
import './group-badge.ts';

/** In a proposal's history: every translation per language, oldest first, with its group, time and version. */
@customElement('cdw-translation-history')
export class TranslationHistory extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-top: 2rem;
    }
    h2 {
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
    h3 {
      font-size: 1.05rem;
      margin: 1rem 0 0.4rem;
    }
    ol {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.5rem;
    }
    li {
      background: var(--paper);
      border: 1px solid var(--line);
      border-radius: var(--radius);
      padding: 0.75rem 1rem;
    }
    li.shown {
      border: 2px solid var(--accent);
    }
    li.outdated {
      border-color: var(--warn-line);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2rem 0.6rem;
      margin: 0 0 0.4rem;
      color: var(--muted);
      font-size: 0.92rem;
    }
    .state {
      font-weight: 700;
      color: var(--ink);
    }
    li.outdated .state {
      color: var(--warn-line);
    }
    .text {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .none {
      color: var(--muted);
    }
  `;

  @property({ attribute: false }) proposal: ProposalView | null = null;
  @property({ attribute: false }) groups: readonly GroupView[] = [];

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t;
    const translations = this.proposal?.translations ?? [];
    return html`<section aria-labelledby="translations-heading">
      <h2 id="translations-heading">${t.translations.heading}</h2>
      ${translations.length === 0 ? html`<p class="none">${t.translations.none}</p>` : translations.map((tr) => this.renderLanguage(tr))}
    </section>`;
  }

  private renderLanguage(translation: ProposalTranslation) {
    const reader = this.i18n.language;
    return html`<h3>${capitalized(languageName(translation.lang, reader), reader)}</h3>
      <ol>
        ${translation.history.map((entry) => this.renderEntry(entry, translation))}
      </ol>`;
  }

  private renderEntry(entry: TranslationView, translation: ProposalTranslation) {
    const t = this.i18n.t;
    const shown = entry.id === translation.current.id;
    const author = findGroup(this.groups, entry.author);
    const version = this.proposal?.revisions.find((r) => r.id === entry.revision)?.number;
    const written = new Date(entry.hlc[0]);
    const state = !shown ? t.translations.earlier : translation.outdated ? `⚠ ${t.translations.outdated}` : t.translations.current;
    return html`<li class=${shown ? (translation.outdated ? 'shown outdated' : 'shown') : ''}>
      <p class="meta">
        <span class="state">${state}</span>
        <span>${t.translations.by} ${author ? html`<cdw-group-badge .group=${author}></cdw-group-badge>` : t.unknownGroup}</span>
        <span>·</span>
        <time datetime=${written.toISOString()}>${this.formatTime(written)}</time>
        ${version === undefined ? nothing : html`<span>·</span><span>${t.translations.ofVersion(version)}</span>`}
      </p>
      <p class="text" lang=${entry.lang} dir="auto">${entry.text}</p>
    </li>`;
  }

  private formatTime(date: Date): string {
    return new Intl.DateTimeFormat(this.i18n.intl, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-translation-history': TranslationHistory;
  }
}
