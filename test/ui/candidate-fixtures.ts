import type { RecordId } from '../../src/domain/records.ts';
import type { CandidateView, ProposalView, WorkshopView } from '../../src/domain/view.ts';
import { id } from '../support/records.ts';
import { fullView, sampleView } from './fixtures.ts';

const source = (title: string, proposal: string) => ({
  room: 'R'.repeat(22),
  facilitator: 'facilitator-of-' + title,
  title,
  digest: 'd'.repeat(43),
  proposal: id(proposal),
});

/** Three candidates from three sessions: Paris · Dakar (with translations), Lyon, and a title only. */
export function sampleCandidates(usedBy: { paris?: RecordId[] } = {}): CandidateView[] {
  return [
    {
      id: id('cand-paris'),
      text: 'Open the library on Sundays',
      lang: 'en',
      translations: [
        { lang: 'fr', text: 'Ouvrir la bibliothèque le dimanche' },
        { lang: 'es', text: 'Abrir la biblioteca los domingos' },
      ],
      source: source('Paris congress', 'src-lib'),
      places: ['Paris', 'Dakar'],
      label: 'Paris · Dakar',
      rank: 1,
      count: 7,
      usedBy: usedBy.paris ?? [],
    },
    {
      id: id('cand-lyon'),
      text: 'Ouvrir les cours d’école le week-end',
      lang: 'fr',
      translations: [],
      source: source('Congrès de Lyon', 'src-yard'),
      places: ['Lyon'],
      label: 'Lyon',
      rank: 2,
      count: 4,
      usedBy: [],
    },
    {
      id: id('cand-title'),
      text: 'Publicar el presupuesto cada mes',
      lang: 'es',
      translations: [{ lang: 'en', text: 'Publish the budget every month' }],
      source: source('Asamblea de Sevilla', 'src-budget'),
      places: [],
      label: 'Asamblea de Sevilla',
      rank: 3,
      count: 2,
      usedBy: [],
    },
  ];
}

/** sampleView as a convergence session: "library" (the first proposal's history) brought in from Paris · Dakar. */
export function convergenceView(base: WorkshopView = sampleView()): WorkshopView {
  const library = base.proposals.find((p) => p.id === id('library'))!;
  const candidates = sampleCandidates({ paris: library ? [library.id] : [] });
  const proposals = base.proposals.map((p): ProposalView => {
    if (p.id !== library?.id) return p;
    const revisions = p.revisions.map((r, i) => ({ ...r, cites: i === 0 ? [candidates[0]!.id] : i === 1 ? [candidates[0]!.id, candidates[1]!.id] : [] }));
    return { ...p, revisions, from: [candidates[0]!, candidates[1]!] };
  });
  return { ...base, candidates, proposals };
}

/** Ten proposals, the first brought in from Paris · Dakar and the second merging Lyon and Sevilla: the projector's full case. */
export function fullConvergenceView(): WorkshopView {
  const base = fullView((n) => `Proposal number ${n}: ${'a longer text that takes some room on the projector '.repeat(n % 3)}`);
  const [paris, lyon, sevilla] = sampleCandidates();
  const proposals = base.proposals.map((p, i): ProposalView => (i === 0 ? { ...p, from: [paris!] } : i === 1 ? { ...p, from: [lyon!, sevilla!] } : p));
  const candidates = [
    { ...paris!, usedBy: [proposals[0]!.id] },
    { ...lyon!, usedBy: [proposals[1]!.id] },
    { ...sevilla!, usedBy: [proposals[1]!.id] },
  ];
  return { ...base, candidates, proposals };
}
