import { expect } from 'chai';
import { deriveView } from '../../src/domain/derive.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { NO_AUTHORITY, authorityOf, type Authenticity, type TrustContext } from '../../src/domain/trust.ts';
import { at, group, lock, session } from '../support/records.ts';

const GENUINE = group('facilitator');
const FORGER = group('forger');

/** Verdicts as the doc layer's verifier would give them, by record id. */
const trustWith = (anchor: string | null, verdicts: Record<string, Authenticity>): TrustContext => ({
  anchor,
  authenticity: (record: WorkshopRecord) => verdicts[record.id] ?? 'authentic',
});

describe('the session authority (R10): only an authentic session record rules', () => {
  const genuine = session(GENUINE, at(10), 'Forum', 'genuine-session');
  // Sorts first: an earlier clock than the genuine record.
  const claimedByGenuine = session(GENUINE, at(1), 'Forged title', 'forged-as-genuine');
  const claimedByForger = session(FORGER, at(1), 'Hijacked', 'forged-by-forger');

  for (const verdict of ['bad-signature', 'unknown-signer'] as const) {
    it(`with an anchor: a session record in the facilitator's name that sorts first but has a ${verdict} is passed over`, () => {
      const trust = trustWith(GENUINE, { [claimedByGenuine.id]: verdict });
      const authority = authorityOf([claimedByGenuine, genuine], trust);
      expect(authority.session).to.equal(genuine);
      expect([...authority.facilitators]).to.deep.equal([GENUINE]);
    });

    it(`without an anchor (old links): a first session record with a ${verdict} does not make its author facilitate`, () => {
      const trust = trustWith(null, { [claimedByForger.id]: verdict });
      const authority = authorityOf([claimedByForger, genuine], trust);
      expect(authority.session).to.equal(genuine);
      expect(authority.facilitators.has(FORGER)).to.equal(false);
    });
  }

  it('an unsigned copy in the facilitator’s name never rules, even alone', () => {
    expect(authorityOf([claimedByGenuine], trustWith(GENUINE, { [claimedByGenuine.id]: 'bad-signature' }))).to.equal(NO_AUTHORITY);
    expect(authorityOf([claimedByForger], trustWith(null, { [claimedByForger.id]: 'unknown-signer' }))).to.equal(NO_AUTHORITY);
  });

  it('with an anchor, an authentic session record by anyone else never rules', () => {
    expect(authorityOf([claimedByForger, genuine], trustWith(GENUINE, {})).session).to.equal(genuine);
  });

  it('in the derived view: the forger’s title and lock change nothing, and the forgery is listed', () => {
    const forgedLock = lock(FORGER, at(11), 'forged-lock');
    for (const anchor of [GENUINE, null]) {
      const trust = trustWith(anchor, { [claimedByForger.id]: 'bad-signature', [claimedByGenuine.id]: 'bad-signature' });
      const view = deriveView([claimedByForger, claimedByGenuine, genuine, forgedLock], trust);
      expect(view.title, String(anchor)).to.equal('Forum');
      expect(view.facilitator).to.equal(GENUINE);
      expect(view.locked).to.equal(false);
      expect(view.diagnostics.map((d) => [d.reason, d.id])).to.deep.equal([
        ['bad-signature', claimedByGenuine.id],
        ['bad-signature', claimedByForger.id],
        ['not-facilitator', forgedLock.id],
      ]);
    }
  });
});
