import type { RecordId, WorkshopRecord } from './records.ts';
import { authorityOf, type TrustContext } from './trust.ts';
import type { ProposalTranslation, ProposalView, RevisionView, WorkshopView } from './view.ts';

/**
 * The revisions the facilitator hid by the end of the session, as the derivation judges hides: signed by a
 * facilitator of this session. A replay shows no moment with their text, not even one before the hide.
 */
export function revisionsHiddenInTheEnd(records: readonly WorkshopRecord[], trust: TrustContext): ReadonlySet<RecordId> {
  const { facilitators } = authorityOf(records, trust);
  const hidden = new Set<RecordId>();
  for (const record of records) {
    if (record.kind === 'hide' && facilitators.has(record.author) && trust.authenticity(record) === 'authentic') hidden.add(record.revision);
  }
  return hidden;
}

/** `view` as it stood, with the text of every revision in `hidden` gone, and the translations of them too. */
export function withoutHiddenText(view: WorkshopView, hidden: ReadonlySet<RecordId>): WorkshopView {
  if (hidden.size === 0) return view;
  let changed = false;
  const proposals = view.proposals.map((proposal) => {
    if (!proposal.revisions.some((r) => hidden.has(r.id) && !r.hidden)) return proposal;
    changed = true;
    return maskProposal(proposal, hidden);
  });
  return changed ? { ...view, proposals } : view;
}

function maskProposal(proposal: ProposalView, hidden: ReadonlySet<RecordId>): ProposalView {
  const mask = (revision: RevisionView): RevisionView =>
    hidden.has(revision.id) && !revision.hidden ? { ...revision, text: '', hidden: true } : revision;
  const revisions = proposal.revisions.map(mask);
  const current = mask(proposal.current);
  const translations = proposal.translations.flatMap((translation): ProposalTranslation[] => {
    const history = translation.history.filter((t) => !hidden.has(t.revision));
    if (history.length === translation.history.length) return [translation];
    const ofCurrent = history.filter((t) => t.revision === current.id).pop();
    const shown = ofCurrent ?? history[history.length - 1];
    return shown ? [{ lang: translation.lang, current: shown, outdated: !ofCurrent, history }] : [];
  });
  return { ...proposal, current, revisions, translations };
}
