import { expect } from 'chai';
import { agendaAt, startForPhase } from '../../src/domain/agenda.ts';
import { deriveView } from '../../src/domain/derive.ts';
import { PROPOSAL_CAP } from '../../src/domain/reducer.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import type { TrustContext } from '../../src/domain/trust.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import {
  add, agenda, at, endorse, group, hide, id, join, lock, remove, rename, revise, session, translate, unlock,
} from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';

/** R10 on unsigned records (signatures have their own tests): F created the session and facilitates. */
const F = group('facil');
const A = group('a');
const B = group('b');
const start = [session(F, at(1), 'Forum'), join(A, at(2), 'Table 1', 'Paris'), join(B, at(3), 'Table 2', 'Dakar')];
const derive = (records: WorkshopRecord[], trust: TrustContext = TRUST_ALL): WorkshopView => deriveView(records, trust);
const reasons = (view: WorkshopView) => view.diagnostics.map((d) => d.reason);
const texts = (view: WorkshopView) => view.proposals.map((p) => p.current.text);

describe('facilitation (R10)', () => {
  it('the session record names the facilitator', () => {
    expect(derive(start).facilitator).to.equal(F);
  });

  it('a lock stops group records until an unlock; the authors are told with their text', () => {
    const view = derive([
      ...start,
      add(A, at(10), 'Before the lock', id('before')),
      lock(F, at(11)),
      add(B, at(12), 'During the lock', id('during')),
      endorse(B, at(13), id('before')),
      unlock(F, at(14)),
      add(B, at(15), 'After the unlock', id('after')),
    ]);
    expect(texts(view)).to.deep.equal(['Before the lock', 'After the unlock']);
    expect(view.proposals[0]!.endorsements).to.equal(1);
    expect(view.locked).to.equal(false);
    expect(view.lockedOut.map((r) => [r.id, r.author, r.kind, r.text])).to.deep.equal([
      [id('during'), B, 'add', 'During the lock'],
      [view.lockedOut[1]!.id, B, 'endorse', null],
    ]);
  });

  it('records are judged by their place in the total order, not by arrival: the same view either way', () => {
    const records = [...start, lock(F, at(20)), add(A, at(19), 'Just in time'), add(B, at(21), 'Too late'), unlock(F, at(30))];
    const forward = derive(records);
    const backward = derive([...records].reverse());
    expect(backward).to.deep.equal(forward);
    expect(texts(forward)).to.deep.equal(['Just in time']);
    expect(forward.lockedOut.map((r) => r.text)).to.deep.equal(['Too late']);
  });

  it('facilitator records by anyone else are ignored and listed', () => {
    const view = derive([...start, lock(A, at(10), id('fakelock')), add(B, at(11), 'Still open'), hide(B, at(12), id('fakelock'))]);
    expect(view.locked).to.equal(false);
    expect(texts(view)).to.deep.equal(['Still open']);
    expect(reasons(view)).to.deep.equal(['not-facilitator', 'not-facilitator']);
  });

  it('the facilitator can still act while the session is locked', () => {
    const view = derive([...start, add(A, at(10), 'Abuse', id('abuse')), lock(F, at(11)), hide(F, at(12), id('abuse'))]);
    expect(view.locked).to.equal(true);
    expect(view.proposals).to.have.length(0);
  });

  it('hiding the current revision falls back to the revision before it, with the endorsements it had', () => {
    const view = derive([
      ...start,
      add(A, at(10), 'Clean water', id('water')),
      endorse(B, at(11), id('water')),
      revise(B, at(12), id('water'), id('water'), 'Insults', id('insult')),
      translate(A, at(13), id('insult'), 'es', 'Insultos'),
      hide(F, at(14), id('insult')),
    ]);
    const [proposal] = view.proposals;
    expect(proposal!.current.id).to.equal(id('water'));
    expect(proposal!.current.text).to.equal('Clean water');
    expect(proposal!.endorsements).to.equal(2);
    const hidden = proposal!.revisions.find((r) => r.id === id('insult'))!;
    expect(hidden).to.include({ hidden: true, text: '' });
    expect(JSON.stringify(view)).not.to.include('Insult');
    expect(proposal!.translations, 'a translation of hidden text is hidden too').to.deep.equal([]);
  });

  it('a later edit of a hidden revision is welcome and becomes current', () => {
    const view = derive([
      ...start,
      add(A, at(10), 'Clean water', id('water')),
      revise(B, at(12), id('water'), id('water'), 'Insults', id('insult')),
      hide(F, at(14), id('insult')),
      revise(A, at(15), id('water'), id('insult'), 'Clean, free water', id('fixed')),
    ]);
    expect(texts(view)).to.deep.equal(['Clean, free water']);
  });

  it('hiding the only revision removes the proposal and frees its slot', () => {
    const ten = Array.from({ length: PROPOSAL_CAP }, (_, i) => add(A, at(10 + i), `Idea ${i}`, id(`idea${i}`)));
    const view = derive([
      ...start,
      ...ten,
      add(B, at(30), 'Refused: full', id('full')),
      hide(F, at(31), id('idea3')),
      add(B, at(32), 'Admitted in the freed slot', id('freed')),
      revise(A, at(33), id('idea3'), id('idea3'), 'Edit of a removed proposal'),
    ]);
    expect(view.proposals).to.have.length(PROPOSAL_CAP);
    expect(texts(view)).to.include('Admitted in the freed slot');
    expect(texts(view)).not.to.include('Idea 3');
    expect(view.notAdmitted.map((a) => a.id)).to.deep.equal([id('full')]);
    expect(reasons(view)).to.deep.equal(['unknown-proposal']);
  });

  it('renaming a group keeps what it joined as; removing it refuses its later records and drops its endorsements', () => {
    const view = derive([
      ...start,
      add(A, at(10), 'Clean water', id('water')),
      endorse(B, at(11), id('water')),
      rename(F, at(12), A, 'Table One', 'Paris Nord'),
      remove(F, at(13), B),
      add(B, at(14), 'After removal'),
      rename(F, at(15), group('ghost'), 'Nobody'),
    ]);
    const [a, b] = view.groups;
    expect(a).to.include({ name: 'Table One', venue: 'Paris Nord', joinedAs: 'Table 1', removed: false });
    expect(b).to.include({ name: 'Table 2', removed: true });
    expect(view.proposals[0]!.endorsements).to.equal(1);
    expect(texts(view)).to.deep.equal(['Clean water']);
    expect(reasons(view)).to.deep.equal(['group-removed', 'unknown-group']);
  });

  it('the latest agenda record sets the clock; one without phases stops it', () => {
    const started = derive([...start, agenda(F, at(10), [15, 45, 30, 30], 1_000)]);
    expect(started.agenda).to.deep.equal({
      start: 1_000,
      phases: [
        { phase: 'introduction', minutes: 15 },
        { phase: 'writing', minutes: 45 },
        { phase: 'review', minutes: 30 },
        { phase: 'discussion', minutes: 30 },
      ],
    });
    expect(derive([...start, agenda(F, at(10), [15], 1_000), agenda(F, at(11), [], 2_000)]).agenda).to.equal(null);
  });

  it('with a link naming the facilitator, a session record by anyone else is another session and cannot take over', () => {
    const trust: TrustContext = { anchor: F, authenticity: () => 'authentic' };
    const view = derive([session(A, at(0), 'Hijack'), ...start, lock(A, at(10)), lock(F, at(11))], trust);
    expect(view.title).to.equal('Forum');
    expect(view.facilitator).to.equal(F);
    expect(view.locked).to.equal(true);
    expect(reasons(view)).to.deep.equal(['other-session', 'not-facilitator']);
  });

  it('records whose signature does not hold, or whose signer is unknown, are ignored and listed', () => {
    const forged = add(A, at(12), 'Forged', id('forged'));
    const orphan = add(group('nokey'), at(11), 'No key', id('orphan'));
    const trust: TrustContext = {
      anchor: null,
      // Records are re-parsed on the way in: tell them apart by content, as a verifier does.
      authenticity: (r) => ('text' in r && r.text === 'Forged' ? 'bad-signature' : r.author === orphan.author ? 'unknown-signer' : 'authentic'),
    };
    const view = derive([...start, forged, orphan, add(A, at(12), 'Genuine', id('forged'))], trust);
    expect(texts(view), 'a forged record does not claim the id of the genuine one').to.deep.equal(['Genuine']);
    expect(reasons(view)).to.deep.equal(['unknown-author', 'bad-signature']);
  });
});

describe('agenda clock', () => {
  const MIN = 60_000;
  const phases = [
    { phase: 'introduction' as const, minutes: 15 },
    { phase: 'writing' as const, minutes: 45 },
  ];
  const table: Array<[number, ReturnType<typeof agendaAt>]> = [
    [-5_000, { state: 'waiting', startsInMs: 5_000 }],
    [0, { state: 'running', index: 0, phase: 'introduction', elapsedMs: 0, remainingMs: 15 * MIN, phaseMs: 15 * MIN }],
    [15 * MIN, { state: 'running', index: 1, phase: 'writing', elapsedMs: 0, remainingMs: 45 * MIN, phaseMs: 45 * MIN }],
    [59 * MIN, { state: 'running', index: 1, phase: 'writing', elapsedMs: 44 * MIN, remainingMs: MIN, phaseMs: 45 * MIN }],
    [61 * MIN, { state: 'finished', overMs: MIN }],
  ];
  for (const [offset, moment] of table) {
    it(`at ${offset / MIN} min: ${moment.state}`, () => {
      expect(agendaAt({ phases, start: 1_000_000 }, 1_000_000 + offset)).to.deep.equal(moment);
    });
  }

  it('"next phase" restarts the clock so the chosen phase begins now', () => {
    const now = 5_000_000;
    const moved = startForPhase(phases, 1, now);
    expect(agendaAt({ phases, start: moved }, now)).to.include({ state: 'running', index: 1, elapsedMs: 0 });
  });
});
