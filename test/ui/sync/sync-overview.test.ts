import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import type { PeerPresence } from '../../../src/doc/presence.ts';
import '../../../src/ui/sync/sync-overview.ts';
import type { SyncOverview } from '../../../src/ui/sync/sync-overview.ts';
import { seriousViolations } from '../axe.ts';
import { A, B, C, sampleView } from '../fixtures.ts';
import { mount, textOf, useLanguage } from '../helpers.ts';

const view = sampleView(); // Riverside · Paris, Lighthouse · Dakar, Orchard · Detroit
const NOW = new Date(2030, 4, 17, 15, 0).getTime();
const minutesAgo = (n: number) => NOW - n * 60_000;
const online = (group: string, pending: number): PeerPresence => ({ clientId: group.length, group, editing: null, pending });

async function overview(peers: PeerPresence[], seen: Record<string, number>): Promise<SyncOverview> {
  return mount<SyncOverview>(
    html`<cdw-sync-overview
      .groups=${view.groups}
      .peers=${peers}
      .lastInSync=${(group: string) => seen[group] ?? null}
      .now=${NOW}
    ></cdw-sync-overview>`,
  );
}

const lines = (el: SyncOverview, list: 'venues' | 'groups') =>
  [...el.shadowRoot!.querySelectorAll(`ul[aria-labelledby="${list}"] > li`)].map((li) => textOf(li));

describe('cdw-sync-overview', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lists each group with number, symbol, name and venue: online now, in sync at a time, or not seen yet', async () => {
    const el = await overview([online(A, 0), online(C, 2)], { [B]: minutesAgo(12) });
    const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(minutesAgo(12));
    expect(lines(el, 'groups')).to.deep.equal([
      '● 1 Riverside · Paris Online now',
      `■ 2 Lighthouse · Dakar In sync at ${time} (12 minutes ago)`,
      '▲ 3 Orchard · Detroit Online now, sending 2 changes',
    ]);
    el.peers = [];
    await el.updateComplete;
    expect(lines(el, 'groups')[0]).to.equal('● 1 Riverside · Paris Not seen in sync yet');
  });

  it('gives each venue its groups online now, else the latest time any of them was in sync', async () => {
    const el = await overview([online(A, 0)], { [C]: minutesAgo(65) });
    const time = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(minutesAgo(65));
    expect(lines(el, 'venues')).to.deep.equal([
      'Dakar 1 group Not seen in sync yet',
      `Detroit 1 group In sync at ${time} (1 hour ago)`,
      'Paris 1 group Online now: 1 of 1',
    ]);
  });

  it('says so when no group has joined yet', async () => {
    const el = await mount<SyncOverview>(html`<cdw-sync-overview></cdw-sync-overview>`);
    expect(textOf(el.shadowRoot!)).to.equal('No group has joined yet.');
  });

  it('speaks every language, times included', async () => {
    const el = await overview([online(A, 1)], { [B]: minutesAgo(5) });
    const expected = {
      es: ['En línea ahora, enviando 1 cambio', 'hace 5 minutos', 'Aún no se ha visto sincronizado', 'Lugares'],
      fr: ['En ligne maintenant, envoie 1 modification', 'il y a 5 minutes', 'Pas encore vu synchronisé', 'Lieux'],
      pt: ['Conectado agora, enviando 1 alteração', 'há 5 minutos', 'Ainda não visto sincronizado', 'Locais'],
    } as const;
    for (const [language, phrases] of Object.entries(expected)) {
      await useLanguage(language as keyof typeof expected);
      await el.updateComplete;
      const text = textOf(el.shadowRoot!);
      for (const phrase of phrases) expect(text, language).to.contain(phrase);
    }
  });

  it('has no serious accessibility violation, at phone width too', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await overview([online(A, 0)], { [B]: minutesAgo(3) });
    expect(await seriousViolations(el)).to.deep.equal([]);
  });
});
