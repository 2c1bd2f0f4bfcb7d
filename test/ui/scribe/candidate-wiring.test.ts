import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey } from '../../../src/doc/capabilities.ts';
import type { ActionProblem, WorkshopWriter } from '../../../src/doc/writer.ts';
import type { ActorId, CandidateRecord, RecordId, WorkshopRecord } from '../../../src/domain/records.ts';
import { CandidateChecks } from '../../../src/ui/scribe/candidate-checks.ts';
import type { CandidateCore, CandidateVerdict } from '../../../src/ui/scribe/candidate-core.ts';
import '../../../src/ui/scribe/scribe-screen.ts';
import type { ScribeScreen } from '../../../src/ui/scribe/scribe-screen.ts';
import { request } from '../../../src/ui/shared/events.ts';
import { convergenceView, sampleCandidates } from '../candidate-fixtures.ts';
import '../../../src/ui/scribe/candidate-list.ts';
import type { CandidateList } from '../../../src/ui/scribe/candidate-list.ts';
import type { Action } from '../../../src/ui/scribe/scribe-actions.ts';
import { button, deep, mount, settle, until } from '../helpers.ts';

/** A core that records what it was asked and refuses nothing. */
function fakeCore() {
  const calls: unknown[][] = [];
  const core: CandidateCore = {
    bringIn: async (writer, group, candidates, text, lang) => {
      calls.push(['bringIn', writer !== null, group, candidates, text, lang]);
      return { ok: true, record: { kind: 'add', text } as never };
    },
    merge: async (_writer, group, proposal, parent, text, candidates) => {
      calls.push(['merge', group, proposal, parent, text, candidates]);
      return { ok: false, problem: 'session-locked' };
    },
    check: async () => ({ holds: true, countProven: true, problem: null }),
  };
  return { core, calls };
}

async function listWith(core: CandidateCore | null, written: Action[]): Promise<CandidateList> {
  const actions = { write: (action: Action) => (written.push(action), action({} as WorkshopWriter, 'group-a_' as ActorId).then((r) => (r.ok ? null : r.problem))) };
  return mount<CandidateList>(html`<cdw-candidate-list .view=${convergenceView()} .core=${core} .actions=${actions}></cdw-candidate-list>`);
}

const answer = (from: Element, name: 'bring-in' | 'merge-candidates', detail: never): Promise<ActionProblem | null> =>
  new Promise((resolve) => request(from, name, detail, resolve));

describe('the candidates panel and the convergence core', () => {
  it('turns "Bring in" and a merge into the core’s calls, written through the screen’s actions, and answers the asking form', async () => {
    const { core, calls } = fakeCore();
    const written: Action[] = [];
    const list = await listWith(core, written);
    const item = deep(list, 'cdw-candidate-item')!;
    const brought = await answer(item, 'bring-in', { candidates: ['cand-one'], text: 'Open the library', lang: 'en' } as never);
    expect(brought).to.equal(null);
    const merged = await answer(item, 'merge-candidates', { proposal: 'p', parent: 'r', text: 'Both', candidates: ['c1', 'c2'] } as never);
    expect(merged).to.equal('session-locked');
    expect(written).to.have.length(2);
    expect(calls).to.deep.equal([
      ['bringIn', true, 'group-a_', ['cand-one'], 'Open the library', 'en'],
      ['merge', 'group-a_', 'p', 'r', 'Both', ['c1', 'c2']],
    ]);
  });

  it('refuses bringing in without a core, rather than adding the text without its source', async () => {
    const written: Action[] = [];
    const list = await listWith(null, written);
    expect(await answer(deep(list, 'cdw-candidate-item')!, 'bring-in', { candidates: ['c'], text: 'Text', lang: 'en' } as never)).to.equal('invalid-record');
    expect(written).to.have.length(0);
  });
});

describe('the scribe screen in a session without candidates', () => {
  it('fetches nothing of the candidates’ part', async () => {
    const screen = await mount<ScribeScreen>(html`<cdw-scribe-screen .writeKey=${newWriteKey()} .syncUrl=${null} .persist=${false}></cdw-scribe-screen>`);
    await screen.ready();
    deep<HTMLInputElement>(screen, '#name')!.value = 'Riverside';
    button(screen, 'Join')!.click();
    await screen.idle();
    await settle(screen);
    expect(screen.candidatesLoaded).to.equal(undefined);
    expect(deep(screen, 'cdw-candidate-list')).to.equal(null);
  });
});

describe('CandidateChecks', () => {
  const candidateRecord = (view: ReturnType<typeof sampleCandidates>[number]): CandidateRecord => ({
    v: 1,
    id: view.id,
    author: 'facilitator',
    hlc: [1, 0],
    kind: 'candidate',
    text: view.text,
    translations: [...view.translations],
    source: view.source,
    places: [...view.places],
    rank: view.rank,
    count: view.count,
    proof: [],
  });

  it('checks each candidate once, null while checking, and hands a new map to re-render with each verdict', async () => {
    const candidates = sampleCandidates();
    const records: WorkshopRecord[] = candidates.map(candidateRecord);
    let updates = 0;
    const resolvers = new Map<RecordId, (verdict: CandidateVerdict) => void>();
    const checked: RecordId[] = [];
    const core = {
      check: (record: CandidateRecord) => {
        checked.push(record.id);
        return new Promise<CandidateVerdict>((resolve) => resolvers.set(record.id, resolve));
      },
    } as unknown as CandidateCore;
    const checks = new CandidateChecks({ requestUpdate: () => updates++ } as never, () => records);
    const first = checks.of(candidates, core);
    expect([...first.values()]).to.deep.equal([null, null, null]);
    expect(checks.of(candidates, core)).to.equal(first);
    resolvers.get(candidates[1]!.id)!({ holds: false, countProven: false, problem: 'text-differs' });
    await until(() => updates === 1, 'the verdict');
    const second = checks.of(candidates, core);
    expect(second).not.to.equal(first);
    expect(second.get(candidates[1]!.id)).to.deep.equal({ holds: false, countProven: false, problem: 'text-differs' });
    expect(updates).to.equal(1);
    expect(checked).to.have.length(3);
  });

  it('checks nothing without a core, and counts a failing check as not verified', async () => {
    const candidates = sampleCandidates();
    const checks = new CandidateChecks({ requestUpdate: () => undefined } as never, () => candidates.map(candidateRecord));
    expect(checks.of(candidates, null).size).to.equal(0);
    const core = { check: () => Promise.reject(new Error('broken proof')) } as unknown as CandidateCore;
    checks.of(candidates, core);
    await until(() => checks.of(candidates, core).get(candidates[0]!.id) != null, 'the failed check');
    expect(checks.of(candidates, core).get(candidates[0]!.id)).to.deep.include({ holds: false });
  });
});
