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

/** R10: facilitator records; the author must be the session record's author for them to count. */
export const lock = (author: ActorId, hlc: Hlc, recordId = nextId()): WorkshopRecord => ({ v: 1, id: recordId, author, hlc, kind: 'lock' });
export const unlock = (author: ActorId, hlc: Hlc, recordId = nextId()): WorkshopRecord => ({ v: 1, id: recordId, author, hlc, kind: 'unlock' });
export const agenda = (author: ActorId, hlc: Hlc, minutes: number[], start: number, recordId = nextId()): WorkshopRecord => ({
  v: 1, id: recordId, author, hlc, kind: 'agenda', start,
  phases: minutes.map((m, i) => ({ phase: (['introduction', 'writing', 'review', 'discussion'] as const)[i % 4]!, minutes: m })),
});
export const hide = (author: ActorId, hlc: Hlc, revision: RecordId, recordId = nextId()): WorkshopRecord => ({
  v: 1, id: recordId, author, hlc, kind: 'hide', revision,
});
export const rename = (author: ActorId, hlc: Hlc, target: ActorId, name: string, venue = '', recordId = nextId()): WorkshopRecord => ({
  v: 1, id: recordId, author, hlc, kind: 'rename', group: target, name, venue,
});
export const remove = (author: ActorId, hlc: Hlc, target: ActorId, recordId = nextId()): WorkshopRecord => ({
  v: 1, id: recordId, author, hlc, kind: 'remove', group: target,
});
