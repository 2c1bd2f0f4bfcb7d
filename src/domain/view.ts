import type { Hlc } from './hlc.ts';
import type { ActorId, AgendaPhase, CandidateSource, CarriedTranslation, LanguageTag, RecordId, RecordKind } from './records.ts';

export interface GroupView {
  id: ActorId;
  name: string;
  venue: string;
  /** 1 for the first group to join, in the total order. */
  number: number;
  /** A shape that survives a washed-out projector: colour never identifies a group alone. */
  symbol: string;
  joinedAt: Hlc;
  /** The name the group gave itself, when the facilitator renamed it since. */
  joinedAs: string | null;
  /** The facilitator removed the group: its later records are refused and its endorsements stop counting. */
  removed: boolean;
}

export interface RevisionView {
  id: RecordId;
  proposal: RecordId;
  /** 1 for the add, then 2, 3… in the total order. */
  number: number;
  author: ActorId;
  parent: RecordId | null;
  /** Empty when the facilitator hid the revision: its text is shown nowhere. */
  text: string;
  /** The facilitator hid it as abusive. */
  hidden: boolean;
  /** The language it was written in, when its page said so. */
  lang: LanguageTag | null;
  hlc: Hlc;
  /** Groups endorsing it while it was (or is) current, in the order they endorsed. */
  endorsers: readonly ActorId[];
  /** The revision that replaced it, if any. */
  supersededBy: RecordId | null;
  /** True when the replacing edit had not seen this revision: a concurrent edit (R8). */
  supersededConcurrently: boolean;
  /** The session's candidates this revision cites (unknown ids left out), in the record's order. */
  cites: readonly RecordId[];
}

export interface TranslationView {
  id: RecordId;
  lang: LanguageTag;
  text: string;
  author: ActorId;
  hlc: Hlc;
  /** The revision it translates. */
  revision: RecordId;
}

export interface ProposalTranslation {
  lang: LanguageTag;
  /** The translation shown: the latest one of the current revision, else the latest one of an older revision. */
  current: TranslationView;
  /** The shown translation belongs to an older revision: still shown, marked, until someone updates it. */
  outdated: boolean;
  /** Every translation of this proposal into this language, oldest first. */
  history: readonly TranslationView[];
}

export interface TranslationNeed {
  lang: LanguageTag;
  proposal: RecordId;
  revision: RecordId;
  reason: 'missing' | 'outdated';
}

export interface ProposalView {
  id: RecordId;
  /** 1-based position in the projected order. */
  rank: number;
  /** 1-based position among admitted proposals, the tie-break of R6. */
  admittedNumber: number;
  current: RevisionView;
  endorsements: number;
  /** Oldest first; the last one is `current` unless a hidden revision made the proposal fall back. */
  revisions: readonly RevisionView[];
  /** One entry per language it was ever translated into, by language tag. */
  translations: readonly ProposalTranslation[];
  /** Candidates cited by any of its shown revisions, in order of first citation: where it comes from. */
  from: readonly CandidateView[];
}

/** A candidate of a convergence session, as every replica derives it from the facilitator's candidate record. */
export interface CandidateView {
  id: RecordId;
  text: string;
  lang: LanguageTag | null;
  translations: readonly CarriedTranslation[];
  source: CandidateSource;
  places: readonly string[];
  /** Short provenance label: the places joined, else the source session's title. */
  label: string;
  rank: number;
  count: number;
  /** Admitted proposals citing it, in projected order. */
  usedBy: readonly RecordId[];
}

export interface NotAdmittedAdd {
  id: RecordId;
  author: ActorId;
  text: string;
  hlc: Hlc;
  /** The revision this add was turned into, once its author did so. */
  convertedTo: RecordId | null;
}

export interface SupersededRevision {
  revision: RecordId;
  proposal: RecordId;
  author: ActorId;
  by: RecordId;
  byAuthor: ActorId;
}

export type DiscountReason = 'revision-replaced';

export interface DiscountedEndorsement {
  id: RecordId;
  group: ActorId;
  revision: RecordId;
  proposal: RecordId;
  reason: DiscountReason;
}

export type DiagnosticReason =
  | 'not-an-object'
  | 'unknown-version'
  | 'unknown-kind'
  | 'bad-field'
  | 'text-length'
  | 'duplicate-id'
  | 'duplicate-session'
  | 'duplicate-join'
  | 'unknown-author'
  | 'unknown-proposal'
  | 'unknown-revision'
  | 'parent-not-in-proposal'
  /** The signature does not hold: altered, forged, or made for another session. */
  | 'bad-signature'
  /** A facilitator record by someone other than the session's facilitator. */
  | 'not-facilitator'
  /** A session record other than the one the links name. */
  | 'other-session'
  | 'group-removed'
  | 'unknown-group'
  /** Checking or applying the record failed: a defect for hostile input, contained to that one record. */
  | 'unreadable';

export interface Diagnostic {
  reason: DiagnosticReason;
  /** The record's id when it had a readable one. */
  id: string | null;
  /** Which field was wrong, when that is known. */
  detail: string | null;
}

/** How many records were ignored for one reason. */
export interface DiagnosticCount {
  reason: DiagnosticReason;
  count: number;
}

/** A group's record that was not applied because the session was locked; its author is told. */
export interface LockedOutRecord {
  id: RecordId;
  author: ActorId;
  kind: RecordKind;
  /** What the group wrote, for adds, edits and translations. */
  text: string | null;
  hlc: Hlc;
}

/** The agenda clock as last started or adjusted; the page reads its own clock to show the current phase. */
export interface AgendaView {
  phases: readonly AgendaPhase[];
  start: number;
}

export interface WorkshopView {
  title: string | null;
  /** Who facilitates: the author of the session's record, once it is known. */
  facilitator: ActorId | null;
  /** R10: while locked, group records are not applied. */
  locked: boolean;
  agenda: AgendaView | null;
  lockedOut: readonly LockedOutRecord[];
  /** The session's working languages, the ones proposals are translated into. */
  languages: readonly LanguageTag[];
  groups: readonly GroupView[];
  /** A convergence session's candidates, in the order the facilitator wrote them; empty otherwise. */
  candidates: readonly CandidateView[];
  /** Admitted proposals, in projected order (R6). */
  proposals: readonly ProposalView[];
  notAdmitted: readonly NotAdmittedAdd[];
  superseded: readonly SupersededRevision[];
  discountedEndorsements: readonly DiscountedEndorsement[];
  /**
   * Examples of ignored records, at most DIAGNOSTIC_EXAMPLES per reason, the same on every replica: first the
   * records that failed validation (canonical order), then the ones replay ignored (total order).
   */
  diagnostics: readonly Diagnostic[];
  /** How many records were ignored, per reason, in the order the reasons first appear in `diagnostics`. */
  diagnosticCounts: readonly DiagnosticCount[];
  /** For volunteers: current revisions with no translation, or an outdated one, per working language. */
  needsTranslation: readonly TranslationNeed[];
  /** Records that passed validation and were applied. */
  appliedRecords: number;
  /** The newest clock reading among applied records; the next local record must be later. */
  lastHlc: Hlc | null;
}
