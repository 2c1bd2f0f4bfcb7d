import { inHeldOrder, sameOrder } from '../../domain/held-order.ts';
import type { RecordId } from '../../domain/records.ts';
import { measure, playFlip, type Positions } from '../shared/flip.ts';

/** What the list asks of the element that shows it. */
export interface HeldList {
  /** The proposals in ranking order. */
  readonly ranked: readonly { id: RecordId }[];
  /** The list's items as shown now, each with its proposal's id as `data-id`. */
  items(): HTMLElement[];
  requestUpdate(): void;
}

const idOf = (item: HTMLElement): string | undefined => item.dataset.id;

/**
 * The scribe's list holds still while a pointer or keyboard focus is in it: a proposal must not slide under a
 * finger about to tap "Endorse". Items that move (a new ranking, the list settling) show where from (FLIP).
 * Fetched after the first full paint: until then the list follows the ranking.
 */
export class ListHold {
  /** The order the scribe sees while the list is held; null when it follows the ranking. */
  private held: readonly RecordId[] | null = null;
  private pointerInside = false;
  private focusInside = false;
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;
  private positions: Positions = new Map();

  constructor(private readonly list: HeldList) {}

  /** The proposals in the order the scribe sees them. */
  shown<P extends { id: RecordId }>(ranked: readonly P[]): readonly P[] {
    return this.held ? inHeldOrder(ranked, this.held) : ranked;
  }

  /** The list shows another order than the ranking, because it is held. */
  holding(ranked: readonly { id: RecordId }[]): boolean {
    return !sameOrder(this.shown(ranked), ranked);
  }

  /** Before a render that may move items: where each is now. */
  measure(): void {
    this.positions = measure(this.list.items(), idOf);
  }

  /** After that render: each moved item slides from where it was. */
  play(): void {
    if (this.positions.size) playFlip(this.list.items(), idOf, this.positions);
    this.positions = new Map();
  }

  stop(): void {
    clearTimeout(this.releaseTimer);
  }

  readonly onPointerEnter = (): void => {
    this.pointerInside = true;
    this.hold();
  };

  /** A finger leaves the list as it lifts, before its tap becomes a click: the list settles a moment later. */
  readonly onPointerLeave = (event: PointerEvent): void => {
    this.pointerInside = false;
    clearTimeout(this.releaseTimer);
    if (event.pointerType === 'mouse') this.release();
    else this.releaseTimer = setTimeout(() => this.release(), 1000);
  };

  /** Keyboard focus (and a text field) holds the list; a mouse click's focus does not outlast the pointer. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const focused = event.composedPath()[0];
    if (!(focused instanceof Element) || !focused.matches(':focus-visible')) return;
    this.focusInside = true;
    this.hold();
  };

  readonly onFocusOut = (event: FocusEvent): void => {
    const list = event.currentTarget as Element;
    if (event.relatedTarget instanceof Node && list.contains(event.relatedTarget)) return;
    this.focusInside = false;
    this.release();
  };

  private hold(): void {
    clearTimeout(this.releaseTimer);
    if (this.held) return;
    this.held = this.list.ranked.map((proposal) => proposal.id);
    this.list.requestUpdate();
  }

  private release(): void {
    if (this.pointerInside || this.focusInside || !this.held) return;
    this.measure();
    this.held = null;
    this.list.requestUpdate();
  }
}
