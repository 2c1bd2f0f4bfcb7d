import { expect } from 'chai';
import { html } from 'lit';
import { newWriteKey, roomIdFor } from '../../../src/doc/capabilities.ts';
import { newFacilitator } from '../../../src/doc/signers.ts';
import '../../../src/ui/shell/no-offline-copy-note.ts';
import type { NoOfflineCopyNote } from '../../../src/ui/shell/no-offline-copy-note.ts';
import { facilitateHash, parseRoute, scribeHash, viewHash } from '../../../src/ui/shell/route.ts';
import { venueLinksFrom, venueOrigins } from '../../../src/ui/sync/venue-links.ts';
import '../../../src/ui/sync/venue-screen.ts';
import type { VenueScreen } from '../../../src/ui/sync/venue-screen.ts';
import { seriousViolations } from '../axe.ts';
import { allElements, button, deepAll, mount, settle, textOf, type, useLanguage } from '../helpers.ts';

const LAN = ['http://192.168.1.20:8080', 'http://10.0.0.7:8080'];

async function session() {
  const writeKey = newWriteKey();
  const facilitator = await newFacilitator();
  const anchor = facilitator.signer.actor;
  const roomId = await roomIdFor(writeKey);
  return { writeKey, roomId, anchor, secret: facilitator.secret };
}

/** Everything the element shows or holds in an attribute, across shadow roots: where a secret could leak. */
function everythingShown(root: Element): string {
  return allElements(root)
    .flatMap((el) => [...Array.from(el.attributes).map((a) => a.value), ...Array.from(el.childNodes).map((n) => (n.nodeType === 3 ? n.textContent : ''))])
    .join('\n');
}

async function paste(el: VenueScreen, link: string): Promise<void> {
  type(el.shadowRoot!.querySelector('textarea')!, link);
  button(el, 'Show links for this network')!.click();
  // The links need a hash (room id, facilitator id): wait until the element shows them or says why not.
  while (deepAll(el, 'cdw-qr-code').length === 0 && !textOf(el).includes('not a scribe')) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await settle(el);
  }
}

const shownUrls = (el: VenueScreen): string[] => deepAll<HTMLAnchorElement>(el, 'a.url').map((a) => a.textContent!.trim());

describe('venue links', () => {
  it('a scribe link gives the scribe and view links; a view link only the view link', async () => {
    const { writeKey, roomId, anchor } = await session();
    expect(await venueLinksFrom(`https://workshop.example.org/${scribeHash(writeKey, anchor)}`)).to.deep.equal({
      scribeHash: scribeHash(writeKey, anchor),
      viewHash: viewHash(roomId, anchor),
    });
    expect(await venueLinksFrom(`  https://w.example/${viewHash(roomId, anchor)}\n`)).to.deep.equal({ scribeHash: null, viewHash: viewHash(roomId, anchor) });
    expect(await venueLinksFrom(`https://w.example/${scribeHash(writeKey, null)}`)).to.deep.equal({
      scribeHash: scribeHash(writeKey, null),
      viewHash: viewHash(roomId, null),
    });
  });

  it('a facilitator link gives the scribe and view links naming the facilitator, never its secret', async () => {
    const { writeKey, roomId, anchor, secret } = await session();
    const links = await venueLinksFrom(`https://w.example/${facilitateHash(writeKey, secret)}`);
    expect(links).to.deep.equal({ scribeHash: scribeHash(writeKey, anchor), viewHash: viewHash(roomId, anchor) });
    expect(JSON.stringify(links)).to.not.include(secret.split('.')[1]);
  });

  it('anything else is no link', async () => {
    for (const text of ['', 'hello', 'https://w.example/', 'https://w.example/#/compare', 'https://w.example/#/s/short', `https://w.example/#/f/${newWriteKey()}/e.x.y`]) {
      expect(await venueLinksFrom(text), text).to.equal(null);
    }
  });

  it("offers the page's own address first when others can reach it, then the relay's LAN addresses, each once", () => {
    expect(venueOrigins(LAN, { origin: 'http://localhost:8080', hostname: 'localhost' })).to.deep.equal(LAN);
    expect(venueOrigins(LAN, { origin: 'http://127.0.0.1:8080', hostname: '127.0.0.1' })).to.deep.equal(LAN);
    expect(venueOrigins(LAN, { origin: 'http://10.0.0.7:8080', hostname: '10.0.0.7' })).to.deep.equal(['http://10.0.0.7:8080', 'http://192.168.1.20:8080']);
    expect(venueOrigins([], { origin: 'http://venue.test:8080', hostname: 'venue.test' })).to.deep.equal(['http://venue.test:8080']);
    expect(venueOrigins(['not a url', ...LAN], { origin: 'http://localhost:1', hostname: 'localhost' })).to.deep.equal(LAN);
  });

  it('#/venue is its own route', () => {
    expect(parseRoute('#/venue')).to.deep.equal({ page: 'venue' });
    expect(parseRoute('#/venue/x')).to.deep.equal({ page: 'not-found' });
  });
});

describe('cdw-venue-screen', () => {
  it('shows the scribe and view links on the chosen LAN address, each with a QR code, and never the facilitator secret', async () => {
    const { writeKey, roomId, anchor, secret } = await session();
    const el = await mount<VenueScreen>(html`<cdw-venue-screen .lanUrls=${LAN}></cdw-venue-screen>`);
    const radios = deepAll<HTMLInputElement>(el, 'input[type=radio]');
    expect(radios.map((r) => r.value)).to.deep.equal(LAN);
    expect(radios[0]!.checked).to.equal(true);

    await paste(el, `https://workshop.example.org/${facilitateHash(writeKey, secret)}`);
    expect(shownUrls(el)).to.deep.equal([`${LAN[0]}/${scribeHash(writeKey, anchor)}`, `${LAN[0]}/${viewHash(roomId, anchor)}`]);
    const qrs = deepAll(el, 'cdw-qr-code');
    expect(qrs.map((qr) => (qr as unknown as { value: string }).value)).to.deep.equal(shownUrls(el));
    expect(deepAll(el, 'svg[role=img]').map((svg) => svg.getAttribute('aria-label'))).to.deep.equal([
      'QR code of the scribe link',
      'QR code of the view link',
    ]);
    for (const part of secret.split('.').slice(1)) expect(everythingShown(el)).to.not.include(part);

    radios[1]!.click();
    await settle(el);
    expect(shownUrls(el)).to.deep.equal([`${LAN[1]}/${scribeHash(writeKey, anchor)}`, `${LAN[1]}/${viewHash(roomId, anchor)}`]);
    expect(await seriousViolations(el)).to.deep.equal([]);
  });

  it('names a pasted text that is no link, and says when no other machine can reach the relay', async () => {
    const el = await mount<VenueScreen>(html`<cdw-venue-screen .lanUrls=${[]}></cdw-venue-screen>`);
    // The test page is on a loopback address: nobody else can open it.
    expect(textOf(el.shadowRoot!.querySelector('[role=alert]')!)).to.match(/^No other machine can reach this relay/);
    await paste(el, 'https://w.example/#/nothing');
    expect(textOf(el.shadowRoot!.querySelector('#pasted-problem')!)).to.match(/^This is not a scribe, view or facilitator link/);
    expect(el.shadowRoot!.querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('speaks every language', async () => {
    const el = await mount<VenueScreen>(html`<cdw-venue-screen .lanUrls=${LAN}></cdw-venue-screen>`);
    const headings = new Set<string>();
    for (const language of ['en', 'es', 'fr', 'pt', 'ar'] as const) {
      await useLanguage(language);
      await settle(el);
      headings.add(textOf(el.shadowRoot!.querySelector('h1')!));
    }
    expect(headings.size).to.equal(5);
  });
});

describe('cdw-no-offline-copy-note', () => {
  beforeEach(() => localStorage.removeItem('cdw-no-offline-copy-dismissed'));

  it('on a page without a service worker, says once that it reopens only while the laptop runs', async () => {
    const el = await mount<NoOfflineCopyNote>(html`<cdw-no-offline-copy-note .offlineCopy=${false}></cdw-no-offline-copy-note>`);
    expect(textOf(el.shadowRoot!.querySelector('[role=note]')!)).to.match(/opens again only while that laptop runs/);
    button(el, 'Dismiss')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=note]')).to.equal(null);
    const again = await mount<NoOfflineCopyNote>(html`<cdw-no-offline-copy-note .offlineCopy=${false}></cdw-no-offline-copy-note>`);
    expect(again.shadowRoot!.querySelector('[role=note]'), 'closed once, it stays closed').to.equal(null);
  });

  it('says nothing where the page has its service worker', async () => {
    const el = await mount<NoOfflineCopyNote>(html`<cdw-no-offline-copy-note .offlineCopy=${true}></cdw-no-offline-copy-note>`);
    expect(el.shadowRoot!.querySelector('[role=note]')).to.equal(null);
  });
});
