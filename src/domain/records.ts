import type { Hlc } from './hlc.ts';

/** The record format version this code writes and reads; records of any other version are ignored. */
export const RECORD_VERSION = 1 as const;

/** 8 to 64 base64url characters: group ids are 22 (128 bits), record ids 16 (96 bits). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export type RecordId = string;
/** A group's (or a facilitator's) stable id, created in its browser. */
export type ActorId = string;

interface RecordBase {
  v: typeof RECORD_VERSION;
  id: RecordId;
  author: ActorId;
  hlc: Hlc;
  /**
   * The author's signature over every other field and the room (see signing.ts), base64url. Optional in
   * the shape so validation and signature checking stay separate; a record without one is never authentic.
   */
  sig?: string;
}

/** A public key as records carry it: `ed25519.<32 bytes>` or `p256.<65-byte uncompressed point>`, base64url. */
export const PUBLIC_KEY_PATTERN = /^(?:ed25519\.[A-Za-z0-9_-]{43}|p256\.[A-Za-z0-9_-]{87})$/;
export type PublicKeyText = string;

/** A 64-byte signature (Ed25519, or ECDSA P-256 as r‖s), base64url. */
export const SIGNATURE_PATTERN = /^[A-Za-z0-9_-]{86}$/;

/** An earlier room whose records this session carries on (continued from its export), and who facilitated it. */
export interface ContinuedRoom {
  room: string;
  facilitator: ActorId;
}
export const MAX_CONTINUED_ROOMS = 8;

/** A language tag such as `es` or `pt-BR` (BCP 47, letters and digits only). */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;
export type LanguageTag = string;

/** The session's working languages when its creator names none. */
export const DEFAULT_WORKING_LANGUAGES: readonly LanguageTag[] = ['es', 'en', 'fr', 'pt'];
export const MAX_WORKING_LANGUAGES = 8;

/**
 * R1: the session's title, written once by the facilitator who created it. Its author is the facilitator:
 * the id `key` hashes to, the one the session's links name.
 */
export interface SessionRecord extends RecordBase {
  kind: 'session';
  title: string;
  key?: PublicKeyText;
  /** Rooms this session continues from an export; their records verify under their own room. */
  continues?: ContinuedRoom[];
  /** The languages proposals are translated into; absent means the default four. */
  languages?: LanguageTag[];
}

/** R2: a group names itself (and its venue); the author id is the group id, the hash of `key`. */
export interface JoinRecord extends RecordBase {
  kind: 'join';
  name: string;
  venue: string;
  /** The group's public key; every later record of the group is signed with its private half. */
  key?: PublicKeyText;
}

/** R3: a new proposal; its id and its first revision's id are this record's id. */
export interface AddRecord extends RecordBase {
  kind: 'add';
  text: string;
  /** The language the text is written in, when the scribe's page knows it. */
  lang?: LanguageTag;
  /** Candidates of a convergence session this proposal brings in (one) or merges (several). */
  cites?: RecordId[];
}

/** R4: a new revision of `proposal`, written by a group that saw `parent` as current. */
export interface ReviseRecord extends RecordBase {
  kind: 'revise';
  proposal: RecordId;
  parent: RecordId;
  text: string;
  /** The author's add that was not admitted and is turned into this edit (R8). */
  from?: RecordId;
  lang?: LanguageTag;
  /** Candidates of a convergence session this edit brings into the proposal. */
  cites?: RecordId[];
}

/** R5: a group endorses one revision. */
export interface EndorseRecord extends RecordBase {
  kind: 'endorse';
  revision: RecordId;
}

/** R5: a group withdraws its endorsement of one revision. */
export interface WithdrawRecord extends RecordBase {
  kind: 'withdraw';
  revision: RecordId;
}

/** A translation of one revision into one language; a later one for the same revision and language corrects it. */
export interface TranslateRecord extends RecordBase {
  kind: 'translate';
  revision: RecordId;
  lang: LanguageTag;
  text: string;
}

/** R10: no group record ordered after a lock is applied, until an unlock. */
export interface LockRecord extends RecordBase {
  kind: 'lock';
}

export interface UnlockRecord extends RecordBase {
  kind: 'unlock';
}

export const AGENDA_PHASES = ['introduction', 'writing', 'review', 'discussion'] as const;
export type AgendaPhaseName = (typeof AGENDA_PHASES)[number];
export interface AgendaPhase {
  phase: AgendaPhaseName;
  minutes: number;
}
export const MAX_AGENDA_PHASES = 8;
export const MAX_PHASE_MINUTES = 240;

/** R10: the agenda clock, started (or restarted, or adjusted) at `start`; the latest one is shown. */
export interface AgendaRecord extends RecordBase {
  kind: 'agenda';
  phases: AgendaPhase[];
  /** Milliseconds since the epoch when the first phase began; an empty `phases` stops the clock. */
  start: number;
}

/** R10: an abusive revision's text is shown nowhere; its proposal falls back to the revision before it. */
export interface HideRecord extends RecordBase {
  kind: 'hide';
  revision: RecordId;
}

export interface RenameRecord extends RecordBase {
  kind: 'rename';
  group: ActorId;
  name: string;
  venue: string;
}

/** The group's later records are refused and its endorsements stop counting. */
export interface RemoveRecord extends RecordBase {
  kind: 'remove';
  group: ActorId;
}

/** Where a convergence session's candidate comes from: a final proposal of an earlier session, and that session. */
export interface CandidateSource {
  room: string;
  facilitator: ActorId;
  title: string;
  /** SHA-256 of the source export file's bytes, base64url (43 characters). */
  digest: string;
  /** The proposal's id in the source session. */
  proposal: RecordId;
}

/** A translation a candidate carries from its source session. */
export interface CarriedTranslation {
  lang: LanguageTag;
  text: string;
}
export const MAX_CITES = 10;
export const MAX_PLACES = 8;

/**
 * A convergence session's candidate: one final proposal of one source session, written by the facilitator
 * when the session starts. `proof` holds the source session's own signed records that establish it.
 */
export interface CandidateRecord extends RecordBase {
  kind: 'candidate';
  text: string;
  lang?: LanguageTag;
  translations: CarriedTranslation[];
  source: CandidateSource;
  /** The venues of the groups that endorsed it there, else empty (then the source's title names it). */
  places: string[];
  rank: number;
  count: number;
  proof: unknown[];
}

export type FacilitatorRecord = CandidateRecord | LockRecord | UnlockRecord | AgendaRecord | HideRecord | RenameRecord | RemoveRecord;
export const FACILITATOR_KINDS: ReadonlySet<string> = new Set(['lock', 'unlock', 'agenda', 'hide', 'rename', 'remove', 'candidate']);

export type WorkshopRecord =
  | SessionRecord
  | JoinRecord
  | AddRecord
  | ReviseRecord
  | EndorseRecord
  | WithdrawRecord
  | TranslateRecord
  | FacilitatorRecord;

export type RecordKind = WorkshopRecord['kind'];

/** Join and session records carry their author's public key; every other record is checked against it. */
export const carriesKey = <R extends { kind: RecordKind }>(record: R): record is Extract<R, { kind: 'join' | 'session' }> =>
  record.kind === 'join' || record.kind === 'session';

/** What an action supplies; the document layer adds version, id, author and clock. */
export type RecordBody<R extends WorkshopRecord = WorkshopRecord> = R extends WorkshopRecord
  ? Omit<R, keyof RecordBase>
  : never;
