import diff from 'fast-diff';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocalizedController } from '../i18n/localized-controller.ts';

export type DiffSegment = { change: 'same' | 'added' | 'removed'; text: string };

const CHANGE = { [diff.EQUAL]: 'same', [diff.INSERT]: 'added', [diff.DELETE]: 'removed' } as const;

/** What changed from `before` to `after`, cleaned up to whole words where possible so a reader can follow it. */
export function diffSegments(before: string, after: string): DiffSegment[] {
  return diff(before, after, undefined, true).map(([op, text]) => ({ change: CHANGE[op], text }));
}

/**
 * A revision's text with what it added against its parent underlined, then what it removed, struck out.
 * The text itself stays whole in one paragraph, so it reads (and is found) exactly as written.
 */
@customElement('cdw-text-diff')
export class TextDiff extends LitElement {
  static override styles = css`
    :host {
      display: block;
      line-height: 1.5;
    }
    p {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    ins {
      background: var(--added-paper, #dff5e7);
      color: var(--added-ink, #05432a);
      text-decoration: underline 2px;
      text-underline-offset: 3px;
    }
    .removed {
      margin-top: 0.4rem;
      font-size: 0.92em;
    }
    .removed-label {
      font-weight: 600;
      color: var(--muted, #4b5563);
    }
    del {
      background: var(--removed-paper, #fde4e1);
      color: var(--removed-ink, #8f1d12);
      text-decoration: line-through 2px;
      margin-inline-end: 0.5em;
    }
  `;

  /** The parent's text; null for a first version, shown without marks. */
  @property({ attribute: false }) previous: string | null = null;
  @property() text = '';

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    if (this.previous === null) return html`<p>${this.text}</p>`;
    const segments = diffSegments(this.previous, this.text);
    const removed = segments.filter((segment) => segment.change === 'removed');
    return html`<p>${segments.map((segment) =>
        segment.change === 'same' ? segment.text : segment.change === 'added' ? html`<ins>${segment.text}</ins>` : '',
      )}</p>${removed.length
        ? html`<p class="removed">
            <span class="removed-label">${this.i18n.t.history.removed}:</span>
            ${removed.map((segment) => html`<del>${segment.text}</del>`)}
          </p>`
        : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-text-diff': TextDiff;
  }
}
