import { css, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { toJsonExport } from '../../domain/export/json.ts';
import { CandidateWordsController } from '../shared/candidate-words.ts';
import { RoomController } from '../shared/room-controller.ts';
import { ViewLinkElement } from '../shared/view-link-element.ts';
import type { SourceReading } from './convergence-port.ts';
import { sourceLine, sourceStyles } from './convergence-source.ts';

/** A source session named by its view link: opened read-only while it is on the page, read as its export would be. */
@customElement('cdw-convergence-link')
export class ConvergenceLink extends ViewLinkElement {
  static override styles = [
    sourceStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  @property({ attribute: false }) reader: ((text: string) => Promise<SourceReading>) | null = null;
  @state() private reading: SourceReading | null = null;
  /** How many records the last reading saw: a new record arriving from the relay is read again. */
  private readRecords = 0;

  private readonly room = new RoomController(this, { key: () => this.viewLinkKey() });
  private readonly words = new CandidateWordsController(this);

  /** Resolves once the local copy is loaded; tests await it. */
  async ready(): Promise<void> {
    await this.room.ready;
    await this.updateComplete;
  }

  /** The session as an export now, or null while none of its records has arrived. */
  exportText(): string | null {
    const session = this.room.session;
    const view = this.room.view;
    if (!session || !view || !session.store.records.length) return null;
    return toJsonExport(session.store.records, view, Date.now(), this.roomId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const count = this.room.session?.store.records.length ?? 0;
    if (count === this.readRecords || !this.reader) return;
    this.readRecords = count;
    const text = this.exportText();
    if (text) void this.reader(text).then((reading) => this.readRecords === count && (this.reading = reading));
  }

  protected override render() {
    return sourceLine(this.roomId, this.reading, this.words.t, this.words.t.waiting);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-convergence-link': ConvergenceLink;
  }
}
