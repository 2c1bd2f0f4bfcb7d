import { changesBetween, type ProposalChange } from './change-announcement.ts';
import type { ProposalView } from './view.ts';

/** A live region that speaks more often than this talks over itself and over the reader's own navigation. */
export const ANNOUNCE_EVERY_MS = 5000;

/**
 * Paces announcements: at most one every `interval` ms, saying what changed since the last one, measured
 * against where things are now (a proposal that moved twice meanwhile is announced where it ended up; one
 * that moved and moved back, not at all). The caller gives the time, from a monotonic clock or a fake one.
 */
export class AnnouncementPacer {
  /** The proposals as the reader last heard about them, or as the page opened. */
  private heard: readonly ProposalView[];
  private latest: readonly ProposalView[];
  private lastSpokenAt = Number.NEGATIVE_INFINITY;

  constructor(
    opened: readonly ProposalView[],
    private readonly interval = ANNOUNCE_EVERY_MS,
  ) {
    this.heard = opened;
    this.latest = opened;
  }

  /** A new view at `now`: what to announce at once, or null (then call `take` at `wakeAt()`). */
  see(proposals: readonly ProposalView[], now: number): ProposalChange[] | null {
    this.latest = proposals;
    return this.take(now);
  }

  /** What to announce at `now`, when the interval has passed and anything changed since the last time. */
  take(now: number): ProposalChange[] | null {
    if (now - this.lastSpokenAt < this.interval) return null;
    const changes = changesBetween(this.heard, this.latest);
    this.heard = this.latest;
    if (changes.length === 0) return null;
    this.lastSpokenAt = now;
    return changes;
  }

  /** When changes held back by the interval may be announced, or null when none wait. */
  wakeAt(): number | null {
    return this.heard === this.latest ? null : this.lastSpokenAt + this.interval;
  }
}
