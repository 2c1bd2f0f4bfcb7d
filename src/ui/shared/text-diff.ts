import diff from 'fast-diff';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/history.ts';

export type DiffSegment = { change: 'same' | 'added' | 'removed'; text: string };

const CHANGE = { [diff.EQUAL]: 'same', [diff.INSERT]: 'added', [diff.DELETE]: 'removed' } as const;

/**
 * Words and single signs, each with the spaces after it: a reader follows changes of whole words, and
 * spaces alone never pair up two unrelated texts.
 */
const TOKEN = /[\p{L}\p{N}\p{M}]+\s*|[^\s\p{L}\p{N}\p{M}]\s*|\s+/gu;
/** Each distinct token becomes one private-use character, so fast-diff compares words. */
const FIRST_TOKEN_CHAR = 0xe000;
const TOKEN_CHARS = 0xf8ff - FIRST_TOKEN_CHAR;

function wordDiff(before: string, after: string): DiffSegment[] | null {
  const words: string[] = [];
  const codes = new Map<string, string>();
  const encode = (text: string): string =>
    (text.match(TOKEN) ?? [])
      .map((word) => {
        let code = codes.get(word);
        if (code === undefined) {
          code = String.fromCharCode(FIRST_TOKEN_CHAR + words.length);
          codes.set(word, code);
          words.push(word);
        }
        return code;
      })
      .join('');
  const [a, b] = [encode(before), encode(after)];
  if (words.length > TOKEN_CHARS) return null;
  const decode = (codesText: string): string =>
    Array.from(codesText, (c) => words[c.charCodeAt(0) - FIRST_TOKEN_CHAR]).join('');
  // No semantic cleanup at word level: it would swallow short kept words into the edits.
  return diff(a, b).map(([op, text]) => ({ change: CHANGE[op], text: decode(text) }));
}

/**
 * Joins edits separated only by spaces into one removal and one addition ("on Sundays" → "every day"
 * rather than "on" → "every", "Sundays" → "day"). Kept and added parts still spell the new text in order.
 */
function joinEdits(segments: readonly DiffSegment[]): DiffSegment[] {
  const joined: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = (): void => {
    if (removed) joined.push({ change: 'removed', text: removed });
    if (added) joined.push({ change: 'added', text: added });
    removed = added = '';
  };
  segments.forEach((segment, index) => {
    if (segment.change === 'removed') removed += segment.text;
    else if (segment.change === 'added') added += segment.text;
    else if ((removed || added) && /^\s+$/.test(segment.text) && segments[index + 1]?.change !== 'same' && index + 1 < segments.length) {
      if (removed) removed += segment.text;
      added += segment.text;
    } else {
      flush();
      joined.push(segment);
    }
  });
  flush();
  return joined;
}

/** What changed from `before` to `after`, word by word (letter by letter only for texts of very many words). */
export function diffSegments(before: string, after: string): DiffSegment[] {
  const segments = wordDiff(before, after) ?? diff(before, after, undefined, true).map(([op, text]) => ({ change: CHANGE[op], text }));
  return joinEdits(segments);
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
      white-space: normal;
    }
    .removed-label {
      font-weight: 600;
      color: var(--muted);
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
    if (this.previous === null) return html`<p dir="auto">${this.text}</p>`;
    const segments = diffSegments(this.previous, this.text);
    const removed = segments.filter((segment) => segment.change === 'removed');
    return html`<p dir="auto">${segments.map((segment) =>
        segment.change === 'same' ? segment.text : segment.change === 'added' ? html`<ins>${segment.text}</ins>` : '',
      )}</p>${removed.length
        ? html`<p class="removed">
            <span class="removed-label">${this.i18n.t.history.removed}:</span>
            ${removed.map((segment) => html`<del dir="auto">${segment.text}</del>`)}
          </p>`
        : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-text-diff': TextDiff;
  }
}
