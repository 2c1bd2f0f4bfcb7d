import { expect } from 'chai';
import type { PeerPresence } from '../../../src/doc/presence.ts';
import type { GroupView } from '../../../src/domain/view.ts';
import { groupSyncStates, venueSyncStates } from '../../../src/ui/sync/sync-states.ts';
import { clockTime, timeAgo } from '../../../src/ui/sync/sync-time.ts';

const groupNamed = (number: number, name: string, venue: string): GroupView => ({
  id: `group-${name}`.padEnd(22, '_'),
  name,
  venue,
  number,
  symbol: '●',
  joinedAt: [number, 0],
  joinedAs: null,
  removed: false,
});
const peer = (group: GroupView, pending: number | null, clientId = group.number): PeerPresence => ({
  clientId,
  group: group.id,
  editing: null,
  pending,
});

const riverside = groupNamed(1, 'Riverside', 'Paris');
const lighthouse = groupNamed(2, 'Lighthouse', 'Dakar');
const orchard = groupNamed(3, 'Orchard', ' paris ');
const market = groupNamed(4, 'Market', '');

describe('sync states', () => {
  it('says per group: online now (with what it is still sending), last in sync, or never seen, in joining order', () => {
    const seen = new Map([[lighthouse.id, 5000], [orchard.id, 7000]]);
    const rows = groupSyncStates(
      [orchard, riverside, lighthouse, market],
      [peer(riverside, 0), peer(orchard, 2, 10), peer(orchard, 1, 11)],
      (id) => seen.get(id) ?? null,
    );
    expect(rows.map((row) => [row.group.name, row.state])).to.deep.equal([
      ['Riverside', { kind: 'online', sending: 0 }],
      ['Lighthouse', { kind: 'seen', at: 5000 }],
      ['Orchard', { kind: 'online', sending: 3 }],
      ['Market', { kind: 'never' }],
    ]);
  });

  it('counts a tab that announces no count (an older version) as online with nothing known to wait', () => {
    const [row] = groupSyncStates([riverside], [peer(riverside, null)], () => null);
    expect(row!.state).to.deep.equal({ kind: 'online', sending: 0 });
  });

  it('groups venues however their names were typed, with the latest time any of their groups was in sync', () => {
    const seen = new Map([[riverside.id, 1000], [orchard.id, 3000], [lighthouse.id, 2000]]);
    const offline = venueSyncStates(groupSyncStates([riverside, lighthouse, orchard, market], [], (id) => seen.get(id) ?? null));
    expect(offline).to.deep.equal([
      { venue: 'Dakar', groups: 1, online: 0, lastInSync: 2000 },
      { venue: 'Paris', groups: 2, online: 0, lastInSync: 3000 },
      { venue: '', groups: 1, online: 0, lastInSync: null },
    ]);
    const live = venueSyncStates(groupSyncStates([riverside, orchard], [peer(orchard, 0)], (id) => seen.get(id) ?? null));
    expect(live).to.deep.equal([{ venue: 'Paris', groups: 2, online: 1, lastInSync: 1000 }]);
  });

  it('compares venues as the publish page and the exports do: full-width letters, runs of spaces and ß agree', () => {
    const wide = groupNamed(5, 'Wide', 'ＰＡＲＩＳ');
    const spaced = groupNamed(6, 'Spaced', 'Ciudad  de México');
    const plain = groupNamed(7, 'Plain', 'ciudad de méxico');
    const street = groupNamed(8, 'Street', 'Straße');
    const upper = groupNamed(9, 'Upper', 'STRASSE');
    const venues = venueSyncStates(groupSyncStates([riverside, wide, spaced, plain, street, upper], [], () => null));
    expect(venues.map((v) => [v.venue, v.groups])).to.deep.equal([
      ['Ciudad  de México', 2],
      ['Paris', 2],
      ['Straße', 2],
    ]);
  });
});

describe('sync times', () => {
  const at = new Date(2030, 4, 17, 14, 5).getTime();
  const minutes = (n: number) => at + n * 60_000;

  it('words the time elapsed in whole units, in the reader’s language', () => {
    expect(timeAgo(at, minutes(0.5), 'en')).to.equal('this minute');
    expect(timeAgo(at, minutes(12), 'en')).to.equal('12 minutes ago');
    expect(timeAgo(at, minutes(12), 'fr')).to.equal('il y a 12 minutes');
    expect(timeAgo(at, minutes(12), 'es')).to.equal('hace 12 minutos');
    expect(timeAgo(at, minutes(12), 'pt')).to.equal('há 12 minutos');
    expect(timeAgo(at, minutes(130), 'en')).to.equal('2 hours ago');
    expect(timeAgo(at, minutes(60 * 24 + 5), 'en')).to.equal('yesterday');
    expect(timeAgo(at, minutes(-3), 'en'), 'a clock behind the record never says "in 3 minutes"').to.equal('this minute');
  });

  it('gives the clock time the reader’s way, and the date once it is not today', () => {
    expect(clockTime(at, minutes(10), 'fr')).to.equal('14:05');
    expect(clockTime(at, minutes(10), 'en')).to.match(/^2:05\sPM$/);
    expect(clockTime(at, minutes(60 * 24), 'en')).to.match(/May 17.*2:05\sPM/);
  });
});
