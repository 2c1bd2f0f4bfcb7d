import { expect } from 'chai';
import { ANNOUNCE_EVERY_MS, AnnouncementPacer } from '../../src/domain/announcement-pacer.ts';
import type { ProposalChange } from '../../src/domain/change-announcement.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { B, C, D, opening, proposalsOf } from '../support/announcements.ts';
import { at, endorse, group, id, join, withdraw } from '../support/records.ts';

const E = group('e');
const withE = [...opening, join(E, at(6), 'Table 5')];
const brief = (changes: ProposalChange[] | null) => changes?.map((c) => `${c.kind} ${c.id.replace(/_+$/, '')} ${c.rank}`) ?? null;

/** A pacer fed the workshop record by record, on a fake clock the test moves. */
function feed() {
  const records: WorkshopRecord[] = [...withE];
  const pacer = new AnnouncementPacer(proposalsOf(records));
  return {
    pacer,
    /** One more record arrives at `now`: what is announced at once. */
    arrive: (record: WorkshopRecord, now: number) => {
      records.push(record);
      return brief(pacer.see(proposalsOf(records), now));
    },
    take: (now: number) => brief(pacer.take(now)),
  };
}

describe('AnnouncementPacer: at most one announcement every five seconds', () => {
  it('says nothing about the workshop as the page opened', () => {
    const { pacer, take } = feed();
    expect(take(0)).to.equal(null);
    expect(pacer.wakeAt()).to.equal(null);
  });

  it('announces the first change at once, and holds the next one until five seconds have passed', () => {
    const { pacer, arrive, take } = feed();
    expect(arrive(endorse(D, at(20), id('buses')), 1_000)).to.deep.equal(['count buses 1']);
    expect(arrive(endorse(D, at(21), id('trees')), 2_000)).to.equal(null);
    expect(pacer.wakeAt()).to.equal(1_000 + ANNOUNCE_EVERY_MS);
    expect(take(5_999)).to.equal(null);
    expect(take(6_000)).to.deep.equal(['count trees 2']);
    expect(pacer.wakeAt()).to.equal(null);
  });

  it('announces where a proposal is now, not each step it took meanwhile', () => {
    const { arrive, take } = feed();
    expect(arrive(endorse(B, at(20), id('buses')), 0)).to.deep.equal(['count buses 1']);
    expect(arrive(endorse(D, at(21), id('library')), 1_000)).to.equal(null); // library 3 → 2
    expect(arrive(endorse(E, at(22), id('library')), 2_000)).to.equal(null); // library 2 → 1
    expect(take(5_000)).to.deep.equal(['first library 1']);
  });

  it('says nothing when what changed meanwhile was undone', () => {
    const { pacer, arrive, take } = feed();
    arrive(endorse(B, at(20), id('buses')), 0);
    arrive(endorse(D, at(21), id('library')), 1_000);
    arrive(withdraw(D, at(22), id('library')), 2_000);
    expect(take(5_000)).to.equal(null);
    expect(pacer.wakeAt()).to.equal(null);
    // Nothing was said at 5 s, so the next change may be said at once.
    expect(arrive(endorse(C, at(23), id('buses')), 5_500)).to.deep.equal(['count buses 1']);
  });

  it('never speaks twice within five seconds, however fast records arrive, and catches up in the end', () => {
    const { pacer, arrive, take } = feed();
    const spokenAt: number[] = [];
    const endorsers = [B, C, D, E];
    const targets = [id('buses'), id('trees'), id('library')];
    let now = 0;
    for (let step = 0; step < 40; step++) {
      now += 300 + ((step * 7) % 5) * 400;
      const target = targets[step % targets.length]!;
      const endorser = endorsers[step % endorsers.length]!;
      const record = step % 3 === 2 ? withdraw(endorser, at(100 + step), target) : endorse(endorser, at(100 + step), target);
      // The page's timer, set for wakeAt(), fires before a record that arrives later.
      const wake = pacer.wakeAt();
      if (wake !== null && wake <= now && take(wake)) spokenAt.push(wake);
      if (arrive(record, now)) spokenAt.push(now);
    }
    const wake = pacer.wakeAt();
    if (wake !== null && take(wake)) spokenAt.push(wake);
    expect(spokenAt.length).to.be.greaterThan(3);
    spokenAt.slice(1).forEach((time, i) => expect(time - spokenAt[i]!).to.be.at.least(ANNOUNCE_EVERY_MS));
    expect(pacer.wakeAt()).to.equal(null);
  });
});
