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
  /** Reserved for the author's signature over the other fields (a later issue verifies it). */
  sig?: string;
}

/** A language tag such as `es` or `pt-BR` (BCP 47, letters and digits only). */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;
export type LanguageTag = string;

/** The session's working languages when its creator names none. */
export const DEFAULT_WORKING_LANGUAGES: readonly LanguageTag[] = ['es', 'en', 'fr', 'pt'];
export const MAX_WORKING_LANGUAGES = 8;

/** R1: the session's title, written once by whoever created the session. */
export interface SessionRecord extends RecordBase {
  kind: 'session';
  title: string;
  /** The languages proposals are translated into; absent means the default four. */
  languages?: LanguageTag[];
}

/** R2: a group names itself (and its venue); the author id is the group id. */
export interface JoinRecord extends RecordBase {
  kind: 'join';
  name: string;
  venue: string;
}

/** R3: a new proposal; its id and its first revision's id are this record's id. */
export interface AddRecord extends RecordBase {
  kind: 'add';
  text: string;
  /** The language the text is written in, when the scribe's page knows it. */
  lang?: LanguageTag;
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

export type WorkshopRecord =
  | SessionRecord
  | JoinRecord
  | AddRecord
  | ReviseRecord
  | EndorseRecord
  | WithdrawRecord
  | TranslateRecord;

export type RecordKind = WorkshopRecord['kind'];

/** What an action supplies; the document layer adds version, id, author and clock. */
export type RecordBody<R extends WorkshopRecord = WorkshopRecord> = R extends WorkshopRecord
  ? Omit<R, keyof RecordBase>
  : never;
