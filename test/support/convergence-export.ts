import { readSource, startConvergence } from '../../src/doc/convergence-setup.ts';
import { toJsonExport } from '../../src/domain/export/json.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { createReplica, newSigner } from './replica.ts';
import { EXPORTED_AT, signedExport } from './signed-export.ts';

export interface ConvergenceExport {
  /** The source session's export (Paris–Dakar, two proposals), and the convergence session's. */
  sourceText: string;
  text: string;
  view: WorkshopView;
  records: readonly WorkshopRecord[];
}

/**
 * A convergence session from one source export: one candidate brought in unchanged, then merged with the other
 * by an edit; `bad` adds a candidate the facilitator signed whose text its proof does not give.
 */
export async function convergenceExport(options: { bad?: boolean } = {}): Promise<ConvergenceExport> {
  const sourceText = (await signedExport()).text;
  const read = await readSource(sourceText);
  if (!read.ok) throw new Error(read.problem);
  const facilitator = await newSigner();
  const r = await createReplica(41, { anchor: facilitator.actor, now: 1_800_000_000_000 });
  r.writer.adopt(facilitator);
  const must = async (action: Promise<{ ok: boolean }>) => {
    if (!(await action).ok) throw new Error('the convergence fixture refused an action');
  };
  await must(startConvergence(r.writer, facilitator.actor, 'From many to one', [read.source]));
  if (options.bad) await must(r.writer.addCandidate(facilitator.actor, { ...read.source.bodies[1]!, text: 'Closed assemblies' }));
  await must(r.writer.join(r.group, 'Table 1', 'Lyon'));
  const [transit, assemblies] = r.store.view.candidates;
  await must(r.writer.bringIn(r.group, [transit!.id], transit!.text));
  const proposal = r.store.view.proposals[0]!;
  await must(r.writer.editProposal(r.group, proposal.id, proposal.current.id, 'Free public transit to open assemblies', { cites: [assemblies!.id] }));
  return { sourceText, text: toJsonExport(r.store.records, r.store.view, EXPORTED_AT, r.store.roomId), view: r.store.view, records: r.store.records };
}
