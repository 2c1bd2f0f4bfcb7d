import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey } from '../../../src/doc/capabilities.ts';
import { during } from '../../../src/doc/setup-failure.ts';
import { en } from '../../../src/i18n/en.ts';
import { es } from '../../../src/i18n/es.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { ar } from '../../../src/i18n/ar.ts';
import { pt } from '../../../src/i18n/pt.ts';
import { browserSetup, type SessionSetup } from '../../../src/doc/session-setup.ts';
import '../../../src/ui/scribe/scribe-screen.ts';
import type { ScribeScreen } from '../../../src/ui/scribe/scribe-screen.ts';
import '../../../src/ui/start/start-screen.ts';
import type { StartScreen } from '../../../src/ui/start/start-screen.ts';
import { button, deep, mount, settle, textOf, useLanguage } from '../helpers.ts';

/** A setup whose `step` fails with `error` until `healed` is set: as a browser that fails once, then works. */
function failingSetup(step: keyof SessionSetup, error: () => unknown) {
  const control = { healed: false, failures: 0 };
  const fail = <T>(real: () => T): T => {
    if (control.healed) return real();
    control.failures++;
    throw error();
  };
  const setup: SessionSetup = {
    roomIdFor: (key) => (step === 'roomIdFor' ? Promise.resolve().then(() => fail(() => browserSetup.roomIdFor(key))) : browserSetup.roomIdFor(key)),
    newFacilitator: () => (step === 'newFacilitator' ? Promise.resolve().then(() => fail(browserSetup.newFacilitator)) : browserSetup.newFacilitator()),
    newGroupSigner: (roomId) =>
      step === 'newGroupSigner' ? Promise.resolve().then(() => fail(() => browserSetup.newGroupSigner(roomId))) : browserSetup.newGroupSigner(roomId),
    openSession: (options) => {
      const session = browserSetup.openSession(options);
      if (step !== 'openSession' || control.healed) return session;
      control.failures++;
      // As y-indexeddb's refused or full database now surfaces: the local copy never loads.
      return { ...session, whenLoaded: during('storage', () => Promise.reject(error())) };
    },
  };
  return { setup, control };
}

const keyRefusal = () => new DOMException('The operation is not supported.', 'NotSupportedError');
const privateWindow = () => new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
const fullDisk = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > 20_000) throw new Error(`${what} never happened`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const alertText = (root: Element) => {
  const alert = deep(root, '[role="alert"]');
  return alert ? textOf(alert.querySelector('p')!).trim() : null;
};

async function startWith(setup: SessionSetup): Promise<StartScreen> {
  const screen = await mount<StartScreen>(html`<cdw-start-screen .syncUrl=${null} .persist=${false} .setup=${setup}></cdw-start-screen>`);
  deep<HTMLInputElement>(screen, '#title')!.value = 'Dakar assembly';
  deep<HTMLButtonElement>(screen, 'button[type="submit"]')!.click();
  return screen;
}

async function scribeWith(setup: SessionSetup): Promise<ScribeScreen> {
  return mount<ScribeScreen>(
    html`<cdw-scribe-screen .writeKey=${newWriteKey()} .syncUrl=${null} .persist=${false} .setup=${setup}></cdw-scribe-screen>`,
  );
}

describe('failures while creating, opening or joining a session speak, and can be retried', () => {
  beforeEach(() => sessionStorage.clear());

  it('start screen: key generation rejected (WebKit) says so, and "Try again" creates the session', async () => {
    const { setup, control } = failingSetup('newFacilitator', keyRefusal);
    const screen = await startWith(setup);
    await until(() => alertText(screen) !== null, 'the failure shown');
    expect(alertText(screen)).to.equal(en.setup['keys-failed']);
    expect(deep(screen, 'cdw-share-link')).to.equal(null);

    control.healed = true;
    button(screen, 'Try again')!.click();
    await until(() => deep(screen, 'cdw-share-link') !== null, 'the links after "Try again"');
    await settle(screen);
    expect(alertText(screen)).to.equal(null);
    expect(deep(screen, 'h1')!.textContent).to.contain('Dakar assembly');
    expect(control.failures).to.equal(1);
  });

  it('start screen: a private window refusing IndexedDB, and a full disk, each with its own message', async () => {
    for (const [error, failure] of [[privateWindow, 'storage-refused'], [fullDisk, 'storage-full']] as const) {
      const screen = await startWith(failingSetup('openSession', error).setup);
      await until(() => alertText(screen) !== null, `the ${failure} message`);
      expect(alertText(screen)).to.equal(en.setup[failure]);
      expect(button(screen, 'Try again')).to.not.equal(null);
    }
  });

  it('says it in the scribe’s language: Spanish, French, Portuguese, Arabic', async () => {
    for (const [language, messages] of [['es', es], ['fr', fr], ['pt', pt], ['ar', ar]] as const) {
      await useLanguage(language);
      const screen = await startWith(failingSetup('newFacilitator', keyRefusal).setup);
      await until(() => alertText(screen) !== null, `the ${language} message`);
      expect(alertText(screen)).to.equal(messages.setup['keys-failed']);
      expect(button(screen, messages.setup.retry)).to.not.equal(null);
    }
  });

  it('scribe screen: a room this browser cannot keep says why instead of loading forever; "Try again" opens it', async () => {
    const { setup, control } = failingSetup('openSession', privateWindow);
    const screen = await scribeWith(setup);
    await until(() => alertText(screen) !== null, 'the failure shown');
    expect(alertText(screen)).to.equal(en.setup['storage-refused']);
    expect(textOf(screen.shadowRoot!)).to.not.contain(en.loading);

    control.healed = true;
    button(screen, 'Try again')!.click();
    await screen.ready();
    await settle(screen);
    expect(deep(screen, 'cdw-join-form')).to.not.equal(null);
    expect(alertText(screen)).to.equal(null);
  });

  it('join form: a group key that cannot be made says so (not "no key for your group"); "Try again" joins', async () => {
    const { setup, control } = failingSetup('newGroupSigner', keyRefusal);
    const screen = await scribeWith(setup);
    await screen.ready();
    deep<HTMLInputElement>(screen, '#name')!.value = 'Riverside';
    deep<HTMLInputElement>(screen, '#venue')!.value = 'Paris';
    button(screen, 'Join')!.click();
    await screen.idle();
    await settle(screen);
    expect(alertText(screen)).to.equal(en.setup['keys-failed']);
    expect(deep(screen, '#problem')!.textContent!.trim()).to.equal('');

    control.healed = true;
    button(screen, 'Try again')!.click();
    await until(() => deep(screen, 'cdw-scribe-view') !== null, 'joined after "Try again"');
    await settle(screen);
    expect(textOf(deep(screen, 'cdw-scribe-view')!.shadowRoot!)).to.contain('Riverside · Paris');
  });

  it('join form: a key that cannot be kept (storage full) says so', async () => {
    const screen = await scribeWith(failingSetup('newGroupSigner', fullDisk).setup);
    await screen.ready();
    deep<HTMLInputElement>(screen, '#name')!.value = 'Riverside';
    button(screen, 'Join')!.click();
    await screen.idle();
    await settle(screen);
    expect(alertText(screen)).to.equal(en.setup['storage-full']);
  });
});
