// `npm run verify -- export.json [view link]`: the words it prints and its exit codes, on exports built the way the app builds them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { verifyCommand } from '../../scripts/verify-command.ts';
import { signedExport, tampered, viewLinkFor, type SignedExport } from '../support/signed-export.ts';
import { TEST_ROOM } from '../support/replica.ts';
import { convergenceExport } from '../support/convergence-export.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run verify', () => {
  let folder: string;
  let session: SignedExport;
  const file = async (name: string, text: string): Promise<string> => {
    const path = join(folder, name);
    await writeFile(path, text);
    return path;
  };

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cdw-verify-'));
    session = await signedExport();
  });
  after(() => rm(folder, { recursive: true, force: true }));

  it('says an honest export verifies against its view link, in words, and exits 0', async () => {
    const { code, lines } = await verifyCommand([await file('honest.json', session.text), session.link]);
    const text = lines.join('\n');
    assert.equal(code, 0, text);
    assert.match(text, /The session record is signed by the facilitator the link names\./);
    assert.match(text, /Records: 9 in the file, 9 authentic\./);
    assert.match(text, /● 1 Table 1 \(Paris\): 4 records/);
    assert.match(text, /venue Dakar: 1 group, 3 records/);
    assert.match(text, /the facilitator: 2 records/);
    assert.match(text, /matches the records\./);
    assert.match(text, /What this check cannot detect:/);
    assert.match(text, /^VERIFIED/m);
  });

  it('without a link, says it checked the file against itself only', async () => {
    const { code, lines } = await verifyCommand([await file('alone.json', session.text)]);
    assert.equal(code, 0);
    assert.match(lines.join('\n'), /No view link given: this checks the file against itself only \(self-consistency\)/);
    assert.match(lines.join('\n'), /Without the view link, a whole session made up under a new facilitator key would pass/);
  });

  it('names the proposal and the field of an altered text, and exits 1', async () => {
    const altered = tampered(session.text, (data) => {
      data.proposals[0]!.text = 'Free transit for cars';
    });
    const { code, lines } = await verifyCommand([await file('altered.json', altered), session.link]);
    const text = lines.join('\n');
    assert.equal(code, 1);
    assert.match(text, new RegExp(`proposal ranked 1 \\(id ${session.transit.add}\\), text: the file says "Free transit for cars", the records give "Free public transit"\\.`));
    assert.match(text, /^NOT VERIFIED/m);
  });

  it('says whose session the records hold when the link names another facilitator', async () => {
    const stranger = viewLinkFor(TEST_ROOM, session.groups[1].actor);
    const { code, lines } = await verifyCommand([await file('other.json', session.text), stranger]);
    assert.equal(code, 1);
    assert.match(lines.join('\n'), new RegExp(`the records’ session is by ${session.facilitator.actor}\\.`));
  });

  it('exits 2 on a file it cannot read, a file that is no export, and a link that is no view link', async () => {
    assert.equal((await verifyCommand([join(folder, 'absent.json')])).code, 2);
    assert.equal((await verifyCommand([await file('junk.json', '{nope')])).code, 2);
    const badLink = await verifyCommand([await file('ok.json', session.text), 'https://forum.example/#/s/some-write-key-aaaaaaa']);
    assert.equal(badLink.code, 2);
    assert.match(badLink.lines.join('\n'), /This is not a view link/);
    assert.equal((await verifyCommand([])).code, 2);
  });

  it('runs as `npm run verify` does, with the exit code of its verdict', async () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', ...args], { cwd: root, encoding: 'utf8' });
    const honest = run(await file('run.json', session.text), session.link);
    assert.equal(honest.status, 0, honest.stderr);
    assert.match(honest.stdout, /^VERIFIED/m);
    const forged = tampered(session.text, (data) => {
      data.records.push({ ...data.records.at(-1)!, id: 'forged-record-01' });
    });
    const refused = run(await file('forged.json', forged), session.link);
    assert.equal(refused.status, 1);
    assert.match(refused.stdout, /id forged-record-01, lock by .*: its signature does not hold/);
  });

  it('prints a convergence session’s provenance, and with --source checks the digests, ranks and texts its candidates claim', async () => {
    const converged = await convergenceExport();
    const exported = await file('converged.json', converged.text);
    const source = await file('paris-dakar.json', converged.sourceText);
    const plain = await verifyCommand([exported]);
    assert.equal(plain.code, 0, plain.lines.join('\n'));
    assert.match(plain.lines.join('\n'), /Provenance: 2 of 2 candidates verified against their source sessions’ signed records/);
    const withSource = await verifyCommand([exported, '--source', source]);
    assert.equal(withSource.code, 0, withSource.lines.join('\n'));
    assert.match(withSource.lines.join('\n'), /paris-dakar\.json: named by 2 candidates \(same SHA-256\); ranks and texts as the file says\./);
    const other = await verifyCommand([exported, '--source', await file('other-source.json', session.text)]);
    assert.equal(other.code, 1);
    assert.match(other.lines.join('\n'), /other-source\.json: no candidate names this file/);
    assert.match(other.lines.join('\n'), /2 candidates name a source export not given here\./);
    assert.equal((await verifyCommand([exported, '--source'])).code, 2);
  });
});
