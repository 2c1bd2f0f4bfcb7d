import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/projector/projector-view.ts';
import { lengthFactor } from '../../../src/ui/shared/fit-text.ts';
import type { ProjectorView } from '../../../src/ui/projector/projector-view.ts';
import type { QrCode } from '../../../src/ui/shared/qr-code.ts';
import { B, fullView, sampleView } from '../fixtures.ts';
import { deepAll, mount, settle, textOf, useLanguage } from '../helpers.ts';

describe('cdw-projector-view', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows rank, text and count per proposal, in projected order, in a list named "Proposals"', async () => {
    const view = sampleView();
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${view}></cdw-projector-view>`);
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Proposals');
    const rows = [...list.querySelectorAll('li')].map((li) => [
      li.querySelector('.rank')!.textContent,
      li.querySelector('.text')!.textContent,
      textOf(li.querySelector('.count')!),
    ]);
    expect(rows).to.deep.equal(view.proposals.map((p) => [String(p.rank), p.current.text, `${p.endorsements} ${p.endorsements === 1 ? 'endorsement' : 'endorsements'}`]));
  });

  it('shows the title, "N / 10 proposals", late adds, groups online and a QR code of the view link', async () => {
    const view = fullView();
    const el = await mount<ProjectorView>(
      html`<cdw-projector-view .view=${view} .online=${[B]} viewUrl="https://w.example/#/v/abcdefghijklmnopqrstuv"></cdw-projector-view>`,
    );
    // The side panel's parts arrive after the first paint.
    await el.panelLoaded;
    await settle(el);
    const text = textOf(el.shadowRoot!);
    expect(text).to.contain('10 / 10 proposals');
    expect(text).to.contain('1 add arrived after the document was full');
    expect(textOf(deepAll(el, 'cdw-online-groups')[0]!.shadowRoot!)).to.contain('■ 2 Lighthouse');
    expect(deepAll<QrCode>(el, 'cdw-qr-code')[0]!.value).to.equal('https://w.example/#/v/abcdefghijklmnopqrstuv');
    expect(deepAll(el, 'button').map((b) => b.textContent!.trim())).to.not.include.members(['Endorse', 'Edit']);
  });

  it('brings its side panel after the first paint: the join code in the box kept for it, groups online, language choice, print styles', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const el = await mount<ProjectorView>(
      html`<cdw-projector-view .view=${fullView()} .online=${[B]} .shown=${['en']} viewUrl="https://w.example/#/v/abcdefghijklmnopqrstuv"></cdw-projector-view>`,
    );
    const box = el.shadowRoot!.querySelector('cdw-qr-code')!.getBoundingClientRect();
    expect([box.width, box.height], 'the code’s box: square, sized by the projector').to.deep.equal([box.height, box.width]);
    expect(box.width).to.be.above(100);
    await el.panelLoaded;
    await settle(el);
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(getComputedStyle(figure).visibility).to.equal('visible');
    const code = el.shadowRoot!.querySelector<QrCode>('cdw-qr-code')!;
    expect(code.shadowRoot!.querySelector('svg[role="img"]')).to.not.equal(null);
    const after = code.getBoundingClientRect();
    expect([after.x, after.y, after.width, after.height], 'the code appears where its box was').to.deep.equal([box.x, box.y, box.width, box.height]);
    expect(textOf(deepAll(el, 'cdw-online-groups')[0]!.shadowRoot!)).to.contain('Lighthouse');
    expect(deepAll(el, 'select#first')).to.have.length(1);
    const sheets = (el.shadowRoot as ShadowRoot).adoptedStyleSheets;
    expect([...sheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('@media print'))), 'print styles').to.equal(true);
  });

  it('keeps all ten proposals of 1,000 characters on one 1920×1080 screen', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const long = (n: number) => `${n} `.padEnd(1000, ' word');
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${fullView(long)}></cdw-projector-view>`);
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items).to.have.length(10);
    for (const item of items) expect(item.getBoundingClientRect().bottom).to.be.at.most(1080);
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
    expect(parseFloat(getComputedStyle(items[0]!).fontSize)).to.be.at.least(9);
  });

  it('sets short proposals larger than long ones', () => {
    expect(lengthFactor('Short')).to.equal(1);
    expect(lengthFactor('x'.repeat(400))).to.be.below(lengthFactor('x'.repeat(100)));
    expect(lengthFactor('x'.repeat(1000))).to.be.at.least(0.4);
  });

  it('moves proposals smoothly to their new rank (FLIP)', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const before = sampleView();
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${before}></cdw-projector-view>`);
    // The motion comes with the side panel, after the first paint.
    await el.panelLoaded;
    const reversed = { ...before, proposals: [...before.proposals].reverse().map((p, i) => ({ ...p, rank: i + 1 })) };
    el.view = reversed;
    await el.updateComplete;
    const moving = [...el.shadowRoot!.querySelectorAll('li')].filter((li) => li.getAnimations().length > 0);
    expect(moving.length).to.be.at.least(2);
  });

  it('speaks French', async () => {
    await useLanguage('fr');
    const el = await mount<ProjectorView>(html`<cdw-projector-view .view=${fullView()}></cdw-projector-view>`);
    expect(textOf(el.shadowRoot!)).to.contain('10 / 10 propositions');
    expect(textOf(el.shadowRoot!)).to.contain('1 ajout arrivé une fois le document plein');
  });
});
