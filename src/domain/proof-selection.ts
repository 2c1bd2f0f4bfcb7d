import { FACILITATOR_KINDS, MAX_PLACES, MAX_WORKING_LANGUAGES, type ActorId, type CandidateRecord, type CandidateSource, type RecordBody, type RecordId, type WorkshopRecord } from './records.ts';
import type { Authority } from './trust.ts';
import { venuesBacking } from './venues.ts';
import type { WorkshopView } from './view.ts';

/** A candidate record larger than this, as JSON in UTF-8, leaves its endorsements out of the proof (count then as claimed). */
export const PROOF_CAP_BYTES = 96 * 1024;

/** What a proof says of the proposal's endorsements; the rest of it is always there. */
const COUNTING: ReadonlySet<string> = new Set(['endorse', 'withdraw']);
/** Facilitator records that can change a proposal's replay; agendas cannot. */
const AFFECTING: ReadonlySet<string> = new Set(['hide', 'rename', 'remove', 'lock', 'unlock']);

/**
 * The source session's own records that establish one proposal as it ends there, in the total order: the
 * session record, the add and the revisions its current one descends from, the latest translation per language
 * of the current revision, its endorsements and withdrawals, the joins of every author, and the facilitator's
 * records that could change it. `records` are the authentic ones, sorted; `authority` and `view` their replay's.
 */
export function selectProof(
  records: readonly WorkshopRecord[],
  view: WorkshopView,
  authority: Authority,
  proposalId: RecordId,
  options: { endorsements: boolean } = { endorsements: true },
): WorkshopRecord[] {
  const proposal = view.proposals.find((p) => p.id === proposalId);
  if (!proposal || !authority.session) return [];
  const chain = new Set<RecordId>();
  const byId = new Map(proposal.revisions.map((r) => [r.id, r]));
  for (let at = byId.get(proposal.current.id); at; at = at.parent === null ? undefined : byId.get(at.parent)) chain.add(at.id);
  const translations = new Set(proposal.translations.filter((t) => !t.outdated).map((t) => t.current.id));
  const current = proposal.current.id;
  const chosen = new Set<WorkshopRecord>();
  const authors = new Set<ActorId>();
  const take = (record: WorkshopRecord) => {
    chosen.add(record);
    authors.add(record.author);
  };
  for (const record of records) {
    if ((record.kind === 'add' || record.kind === 'revise') && chain.has(record.id)) take(record);
    else if (record.kind === 'translate' && translations.has(record.id)) take(record);
    else if (options.endorsements && COUNTING.has(record.kind) && 'revision' in record && record.revision === current) take(record);
  }
  for (const record of records) {
    if (record === authority.session) chosen.add(record);
    else if (record.kind === 'join' && authors.has(record.author)) chosen.add(record);
    else if (authority.facilitators.has(record.author) && FACILITATOR_KINDS.has(record.kind) && AFFECTING.has(record.kind) && affects(record, chain, authors)) chosen.add(record);
  }
  return records.filter((r) => chosen.has(r));
}

function affects(record: WorkshopRecord, chain: ReadonlySet<RecordId>, authors: ReadonlySet<ActorId>): boolean {
  if (record.kind === 'hide') return chain.has(record.revision);
  if (record.kind === 'rename' || record.kind === 'remove') return authors.has(record.group);
  return true;
}

export interface SourceFacts {
  room: string;
  facilitator: ActorId;
  title: string;
  digest: string;
}

/**
 * One candidate per final proposal of a verified source session, in its order: its text, current translations,
 * the venues backing it there, rank, count and proof, within PROOF_CAP_BYTES when the endorsements allow.
 */
export function candidateBodies(
  records: readonly WorkshopRecord[],
  view: WorkshopView,
  authority: Authority,
  facts: SourceFacts,
): RecordBody<CandidateRecord>[] {
  const backing = venuesBacking(view);
  return view.proposals.map((proposal, i) => {
    const source: CandidateSource = { ...facts, proposal: proposal.id };
    const body: RecordBody<CandidateRecord> = {
      kind: 'candidate',
      text: proposal.current.text,
      translations: proposal.translations
        .filter((t) => !t.outdated)
        .slice(0, MAX_WORKING_LANGUAGES)
        .map((t) => ({ lang: t.lang, text: t.current.text })),
      source,
      places: backing[i]!.venues.slice(0, MAX_PLACES).map((v) => v.name),
      rank: proposal.rank,
      count: proposal.endorsements,
      proof: selectProof(records, view, authority, proposal.id),
    };
    if (proposal.current.lang) body.lang = proposal.current.lang;
    if (jsonBytes(body) > PROOF_CAP_BYTES) body.proof = selectProof(records, view, authority, proposal.id, { endorsements: false });
    // A very long history still too big: no proof rather than a record the relay refuses; readers say it does not verify.
    if (jsonBytes(body) > PROOF_CAP_BYTES) body.proof = [];
    return body;
  });
}

/** Room for the fields the writer adds (version, id, author, clock, signature). */
const ENVELOPE_BYTES = 256;
const encoder = new TextEncoder();
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length + ENVELOPE_BYTES;
