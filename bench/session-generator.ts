import { PROPOSAL_CAP } from '../src/domain/reducer.ts';
import type { WorkshopRecord } from '../src/domain/records.ts';

/** A small seeded PRNG (mulberry32), so every run benchmarks the same session. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Free public transport for everyone under 25 and over 65',
  'Every neighbourhood gets a participatory budget, decided in open assemblies',
  'Water is a common good and cannot be privatised',
  'Schools teach in the local language and in one other working language',
];

/**
 * A plausible 45-minute session of `count` records from `groups` groups: mostly endorsements and
 * withdrawals, a quarter edits, a few adds (some arriving once the document is full).
 */
export function generateSession(count: number, groups = 40, seed = 42): WorkshopRecord[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const records: WorkshopRecord[] = [];
  const groupIds = Array.from({ length: groups }, (_, i) => `group-${String(i).padStart(16, '0')}`);
  const proposals: Array<{ id: string; current: string; endorsers: Set<string> }> = [];
  let wall = 1_700_000_000_000;
  let sequence = 0;
  const base = (author: string) => {
    wall += 1 + Math.floor(random() * 20);
    return { v: 1 as const, id: `r${(sequence++).toString(36).padStart(15, '0')}`, author, hlc: [wall, 0] as const };
  };
  records.push({ ...base(groupIds[0]!), kind: 'session', title: 'World Social Forum — Paris' });
  for (const group of groupIds) records.push({ ...base(group), kind: 'join', name: `Table ${group.slice(-2)}`, venue: 'Paris' });
  while (records.length < count) {
    const author = pick(groupIds);
    const roll = random();
    if (proposals.length === 0 || roll < 0.04 || (roll < 0.06 && proposals.length >= PROPOSAL_CAP)) {
      const record: WorkshopRecord = { ...base(author), kind: 'add', text: `${pick(SENTENCES)} (${sequence})` };
      records.push(record);
      if (proposals.length < PROPOSAL_CAP) proposals.push({ id: record.id, current: record.id, endorsers: new Set([author]) });
    } else if (roll < 0.25) {
      const proposal = pick(proposals);
      const record: WorkshopRecord = {
        ...base(author),
        kind: 'revise',
        proposal: proposal.id,
        parent: proposal.current,
        text: `${pick(SENTENCES)}, revised (${sequence})`,
      };
      records.push(record);
      proposal.current = record.id;
      proposal.endorsers = new Set([author]);
    } else {
      const proposal = pick(proposals);
      const withdrawing = proposal.endorsers.has(author);
      records.push({ ...base(author), kind: withdrawing ? 'withdraw' : 'endorse', revision: proposal.current });
      if (withdrawing) proposal.endorsers.delete(author);
      else proposal.endorsers.add(author);
    }
  }
  return records;
}
