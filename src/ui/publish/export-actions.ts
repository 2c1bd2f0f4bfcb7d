import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { WorkshopRecord } from '../../domain/records.ts';
import type { WorkshopView } from '../../domain/view.ts';
import { directionOf } from '../../i18n/locale.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import '../../i18n/en/publish.ts';
import '../../i18n/en/export-labels.ts';
import { emit } from '../shared/events.ts';
import { buildExportFile, type ExportFormat } from '../../domain/export/export-file.ts';
import { saveFile } from '../shared/save-file.ts';
import { controlStyles } from '../shared/shared-styles.ts';

/** Three downloads of the current document: Markdown and HTML to publish, JSON to archive or continue. */
@customElement('cdw-export-actions')
export class ExportActions extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6rem;
      }
      .saved {
        min-height: 1.5em;
      }
    `,
  ];

  @property({ attribute: false }) view: WorkshopView | null = null;
  /** The store's sorted valid records; read at the moment of export, so the file holds what is there then. */
  @property({ attribute: false }) records: readonly WorkshopRecord[] = [];
  /** The room the records were signed for, written into the JSON export so it can be continued. */
  @property() room: string | null = null;
  /** Injected so tests fix the date in file names and contents. */
  @property({ attribute: false }) now: () => number = Date.now;
  @state() private saved = '';

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t.publish;
    const disabled = this.view === null;
    const formats: Array<[ExportFormat, string]> = [
      ['markdown', t.downloadMarkdown],
      ['html', t.downloadHtml],
      ['json', t.downloadJson],
    ];
    return html`<div class="buttons" role="group" aria-label=${t.downloads}>
        ${formats.map(
          ([format, label]) =>
            html`<button type="button" ?disabled=${disabled} @click=${() => this.export(format)}>${label}</button>`,
        )}
      </div>
      <p class="hint">${t.jsonHint}</p>
      <p class="hint saved" aria-live="polite">${this.saved ? t.saved(this.saved) : ''}</p>`;
  }

  private export(format: ExportFormat): void {
    if (!this.view) return;
    const source = { records: [...this.records], view: this.view, room: this.room };
    const file = buildExportFile(format, source, this.i18n.t.exportLabels, this.i18n.language, this.now(), directionOf(this.i18n.language));
    if (emit(this, 'export-file', { file })) saveFile(file);
    this.saved = file.name;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-export-actions': ExportActions;
  }
}
