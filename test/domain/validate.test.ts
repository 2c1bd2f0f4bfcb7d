import { expect } from 'chai';
import { parseRecord } from '../../src/domain/validate.ts';

const base = { v: 1, id: 'record-0001', author: 'group-aaaa', hlc: [10, 0] };

describe('record validation (R9)', () => {
  const invalid: Array<[string, unknown, string, string | null]> = [
    ['a string', 'hello', 'not-an-object', null],
    ['null', null, 'not-an-object', null],
    ['an array', [base], 'not-an-object', null],
    ['a future format version', { ...base, v: 2, kind: 'add', text: 'x' }, 'unknown-version', '2'],
    ['no version', { ...base, v: undefined, kind: 'add', text: 'x' }, 'unknown-version', 'undefined'],
    ['an unknown kind', { ...base, kind: 'delete' }, 'unknown-kind', 'delete'],
    ['a short id', { ...base, id: 'abc', kind: 'add', text: 'x' }, 'bad-field', 'id'],
    ['an id with markup', { ...base, id: '<script>xx', kind: 'add', text: 'x' }, 'bad-field', 'id'],
    ['a numeric author', { ...base, author: 12345678, kind: 'add', text: 'x' }, 'bad-field', 'author'],
    ['a clock that is not a pair', { ...base, hlc: 10, kind: 'add', text: 'x' }, 'bad-field', 'hlc'],
    ['a negative clock', { ...base, hlc: [-1, 0], kind: 'add', text: 'x' }, 'bad-field', 'hlc'],
    ['a signature that is not text', { ...base, sig: 5, kind: 'add', text: 'x' }, 'bad-field', 'sig'],
    ['a signature of the wrong length', { ...base, sig: 'c2lnbmF0dXJl', kind: 'add', text: 'x' }, 'bad-field', 'sig'],
    ['a join whose key is not a key', { ...base, kind: 'join', name: 'T', key: 'rsa.abc' }, 'bad-field', 'key'],
    ['a lock with extra power claimed in an unknown kind', { ...base, kind: 'sudo' }, 'unknown-kind', 'sudo'],
    ['an agenda with an unknown phase', { ...base, kind: 'agenda', start: 0, phases: [{ phase: 'party', minutes: 5 }] }, 'bad-field', 'phases'],
    ['an agenda phase of zero minutes', { ...base, kind: 'agenda', start: 0, phases: [{ phase: 'review', minutes: 0 }] }, 'bad-field', 'phases'],
    ['a hide of no revision', { ...base, kind: 'hide' }, 'bad-field', 'revision'],
    ['a rename with an empty name', { ...base, kind: 'rename', group: 'group-a_', name: '  ' }, 'text-length', 'name'],
    ['a session continuing a malformed room', { ...base, kind: 'session', title: 'T', continues: [{ room: 'x', facilitator: 'group-a_' }] }, 'bad-field', 'continues'],
    ['an add with 0 characters', { ...base, kind: 'add', text: '' }, 'text-length', 'text'],
    ['an add of spaces only', { ...base, kind: 'add', text: '    ' }, 'text-length', 'text'],
    ['an add with 1,001 characters', { ...base, kind: 'add', text: 'a'.repeat(1001) }, 'text-length', 'text'],
    ['an add whose text is a number', { ...base, kind: 'add', text: 42 }, 'text-length', 'text'],
    ['an add with a huge text', { ...base, kind: 'add', text: 'a'.repeat(5_000_000) }, 'text-length', 'text'],
    ['a revision without parent', { ...base, kind: 'revise', proposal: 'proposal-1', text: 'x' }, 'bad-field', 'parent'],
    ['a revision with a bad proposal', { ...base, kind: 'revise', proposal: 1, parent: 'parent-01', text: 'x' }, 'bad-field', 'proposal'],
    ['a revision with a bad origin', { ...base, kind: 'revise', proposal: 'proposal-1', parent: 'parent-01', text: 'x', from: 'x' }, 'bad-field', 'from'],
    ['an endorsement of nothing', { ...base, kind: 'endorse' }, 'bad-field', 'revision'],
    ['a withdrawal of an object', { ...base, kind: 'withdraw', revision: {} }, 'bad-field', 'revision'],
    ['a join without name', { ...base, kind: 'join', venue: 'Paris' }, 'text-length', 'name'],
    ['a join with a 61-character name', { ...base, kind: 'join', name: 'n'.repeat(61) }, 'text-length', 'name'],
    ['a join with a numeric venue', { ...base, kind: 'join', name: 'Table 3', venue: 3 }, 'text-length', 'venue'],
    ['a session with an empty title', { ...base, kind: 'session', title: '' }, 'text-length', 'title'],
  ];
  for (const [name, value, reason, detail] of invalid) {
    it(`ignores ${name}: ${reason}`, () => {
      const result = parseRecord(value);
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.diagnostic.reason).to.equal(reason);
        expect(result.diagnostic.detail).to.equal(detail);
      }
    });
  }

  it('refuses an agenda whose start is missing, not an integer, negative or past 2^53 (R10)', () => {
    const agenda = { ...base, kind: 'agenda', phases: [{ phase: 'writing', minutes: 45 }] };
    for (const start of [undefined, 1.5, '10', -1, null, 2 ** 53, NaN]) {
      const result = parseRecord({ ...agenda, start });
      expect(result.ok ? 'valid' : [result.diagnostic.reason, result.diagnostic.detail], String(start)).to.deep.equal(['bad-field', 'start']);
    }
    const started = parseRecord({ ...agenda, start: 0 });
    expect(started.ok && started.record).to.include({ kind: 'agenda', start: 0 });
  });

  it('keeps the id of an invalid record for the diagnostics view', () => {
    const result = parseRecord({ ...base, kind: 'add', text: '' });
    expect(!result.ok && result.diagnostic.id).to.equal('record-0001');
  });

  const valid: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
    ['an add with 1 character', { kind: 'add', text: 'a' }, { text: 'a' }],
    ['an add with 1,000 characters', { kind: 'add', text: 'a'.repeat(1000) }, { text: 'a'.repeat(1000) }],
    ['an add, trimmed', { kind: 'add', text: '  Free transit  \n' }, { text: 'Free transit' }],
    ['markup, kept as plain text', { kind: 'add', text: '<img src=x onerror=alert(1)>' }, { text: '<img src=x onerror=alert(1)>' }],
    ['a join without venue', { kind: 'join', name: 'Table 3' }, { name: 'Table 3', venue: '' }],
    ['a join with venue', { kind: 'join', name: 'Table 3', venue: ' Dakar ' }, { venue: 'Dakar' }],
    ['a revision turning an add into an edit', { kind: 'revise', proposal: 'proposal-1', parent: 'parent-01', text: 'x', from: 'add-00001' }, { from: 'add-00001' }],
    ['an endorsement', { kind: 'endorse', revision: 'revision-1' }, { revision: 'revision-1' }],
    ['a signed withdrawal', { kind: 'withdraw', revision: 'revision-1', sig: 'A'.repeat(86) }, { sig: 'A'.repeat(86) }],
    ['a lock', { kind: 'lock' }, { kind: 'lock' }],
    ['a rename without a venue', { kind: 'rename', group: 'group-a_', name: 'Table One' }, { name: 'Table One', venue: '' }],
    ['a session', { kind: 'session', title: 'Forum' }, { title: 'Forum' }],
  ];
  for (const [name, fields, expected] of valid) {
    it(`accepts ${name}`, () => {
      const result = parseRecord({ ...base, ...fields });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.record).to.include(expected);
    });
  }

  it('drops fields it does not know, so they never reach the view', () => {
    const result = parseRecord({ ...base, kind: 'endorse', revision: 'revision-1', weight: 1000 });
    expect(result.ok && Object.keys(result.record).sort()).to.deep.equal(['author', 'hlc', 'id', 'kind', 'revision', 'v']);
  });
});
