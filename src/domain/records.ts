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

/** R1: the session's title, written once by whoever created the session. */
export interface SessionRecord extends RecordBase {
  kind: 'session';
  title: string;
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
}

/** R4: a new revision of `proposal`, written by a group that saw `parent` as current. */
export interface ReviseRecord extends RecordBase {
  kind: 'revise';
  proposal: RecordId;
  parent: RecordId;
  text: string;
  /** The author's add that was not admitted and is turned into this edit (R8). */
  from?: RecordId;
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

export type WorkshopRecord =
  | SessionRecord
  | JoinRecord
  | AddRecord
  | ReviseRecord
  | EndorseRecord
  | WithdrawRecord;

export type RecordKind = WorkshopRecord['kind'];

/** What an action supplies; the document layer adds version, id, author and clock. */
export type RecordBody<R extends WorkshopRecord = WorkshopRecord> = R extends WorkshopRecord
  ? Omit<R, keyof RecordBase>
  : never;
