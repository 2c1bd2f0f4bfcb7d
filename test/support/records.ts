import type { Hlc } from '../../src/domain/hlc.ts';
import type { ActorId, RecordId, WorkshopRecord } from '../../src/domain/records.ts';

/**
 * Builds records for table-driven tests: a scripted clock, readable ids padded to the id pattern.
 * `at(3)` is wall time 3 ms, so each step of a script is visibly ordered.
 */
export const id = (name: string): RecordId => name.padEnd(8, '_');
export const group = (name: string): ActorId => `group-${name}`.padEnd(8, '_');

let counter = 0;
const nextId = (): RecordId => `rec${(counter++).toString().padStart(6, '0')}`;

export const at = (wall: number, count = 0): Hlc => [wall, count];

export const session = (author: ActorId, hlc: Hlc, title: string, recordId = nextId()): WorkshopRecord => ({
  v: 1, id: recordId, author, hlc, kind: 'session', title,
});
export const join = (author: ActorId, hlc: Hlc, name: string, venue = '', recordId = nextId()): WorkshopRecord => ({
  v: 1, id: recordId, author, hlc, kind: 'join', name, venue,
});
export const add = (author: ActorId, hlc: Hlc, text: string, recordId = nextId()): WorkshopRecord => ({
  v: 1, id: recordId, author, hlc, kind: 'add', text,
});
export const revise = (
  author: ActorId, hlc: Hlc, proposal: RecordId, parent: RecordId, text: string, recordId = nextId(),
): WorkshopRecord => ({ v: 1, id: recordId, author, hlc, kind: 'revise', proposal, parent, text });
export const endorse = (author: ActorId, hlc: Hlc, revision: RecordId, recordId = nextId()): WorkshopRecord => ({
  v: 1, id: recordId, author, hlc, kind: 'endorse', revision,
});
export const withdraw = (author: ActorId, hlc: Hlc, revision: RecordId, recordId = nextId()): WorkshopRecord => ({
  v: 1, id: recordId, author, hlc, kind: 'withdraw', revision,
});
export const translate = (
  author: ActorId, hlc: Hlc, revision: RecordId, lang: string, text: string, recordId = nextId(),
): WorkshopRecord => ({ v: 1, id: recordId, author, hlc, kind: 'translate', revision, lang, text });
