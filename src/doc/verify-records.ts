import { compareRecords } from '../domain/order.ts';
import type { ActorId, WorkshopRecord } from '../domain/records.ts';
import { WorkshopReducer } from '../domain/reducer.ts';
import { NO_AUTHORITY, authorityOf, type Authority, type TrustContext } from '../domain/trust.ts';
import { parseRecord } from '../domain/validate.ts';
import type { IgnoredRecord } from '../domain/verification.ts';
import type { WorkshopView } from '../domain/view.ts';
import { SignatureVerifier } from './crypto/verifier.ts';

/** A valid record and where it stands in the file. */
export interface Placed {
  record: WorkshopRecord;
  position: number;
}

/** The file's records validated one by one, the valid ones in the total order; the others kept with their position. */
export function placeRecords(raw: readonly unknown[]): { valid: Placed[]; rejected: IgnoredRecord[] } {
  const valid: Placed[] = [];
  const rejected: IgnoredRecord[] = [];
  raw.forEach((value, position) => {
    const parsed = parseRecord(value);
    if (parsed.ok) return valid.push({ record: parsed.record, position });
    const { reason, id, detail } = parsed.diagnostic;
    const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    const text = (field: unknown) => (typeof field === 'string' ? field.slice(0, 64) : null);
    rejected.push({ stage: 'validation', reason, position, id, kind: text(fields.kind), author: text(fields.author), detail });
  });
  valid.sort((a, b) => compareRecords(a.record, b.record));
  return { valid, rejected };
}

export interface CheckedRecords {
  trust: TrustContext;
  authority: Authority;
}

/**
 * Checks every signature as a replica of `room` does: key-carrying records first, then, once the session record
 * that rules is known, the others against the room and every room that session continues.
 */
export async function checkSignatures(
  records: readonly WorkshopRecord[],
  room: string | null,
  anchor: ActorId | null,
  pureJs?: boolean,
): Promise<CheckedRecords> {
  let authority = NO_AUTHORITY;
  const verifier = new SignatureVerifier(() => (room === null ? [] : [room, ...authority.continues.map((c) => c.room)]), { pureJs });
  const trust: TrustContext = { anchor, authenticity: (record) => verifier.verdict(record) ?? 'unknown-signer' };
  await verifier.verify(records.filter((r) => r.kind === 'join' || r.kind === 'session'));
  authority = authorityOf(records, trust);
  await verifier.verify(records);
  return { trust, authority };
}

/**
 * Replays the records under the same rules as every replica (the reducer the ledger uses), noting why each
 * ignored record was ignored; records a lock held back are listed too.
 */
export function replayNoting(placed: readonly Placed[], checked: CheckedRecords): { view: WorkshopView; ignored: IgnoredRecord[] } {
  const reducer = new WorkshopReducer(checked.trust, checked.authority);
  const ignored: IgnoredRecord[] = [];
  const note = ({ record, position }: Placed, reason: IgnoredRecord['reason'], stage: IgnoredRecord['stage']) =>
    ignored.push({ stage, reason, position, id: record.id, kind: record.kind, author: record.author, detail: null });
  const applied: Placed[] = [];
  for (const item of placed) {
    const reason = reducer.apply(item.record);
    if (reason === null) {
      applied.push(item);
      continue;
    }
    const signature = reason === 'bad-signature' || (reason === 'unknown-author' && checked.trust.authenticity(item.record) !== 'authentic');
    note(item, reason, signature ? 'signature' : 'rules');
  }
  const view = reducer.view();
  const lockedOut = new Set(view.lockedOut.map((r) => r.id));
  for (const item of applied) if (lockedOut.has(item.record.id)) note(item, 'session-locked', 'rules');
  ignored.sort((a, b) => a.position - b.position);
  return { view, ignored };
}
