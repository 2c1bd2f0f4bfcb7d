import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/projector/projector-view.ts';
import type { ProjectorView } from '../../../src/ui/projector/projector-view.ts';
import { seriousViolations } from '../axe.ts';
import { convergenceView, fullConvergenceView, sampleCandidates } from '../candidate-fixtures.ts';
import { fullView, sampleView } from '../fixtures.ts';
import { mount as mountElement, settle, textOf, until, useLanguage } from '../helpers.ts';

/** Mounted, with the convergence part loaded (it loads only for a session that has candidates). */
async function mount(view = convergenceView(), shown: string[] = []): Promise<ProjectorView> {
  const el = await mountElement<ProjectorView>(html`<cdw-projector-view .view=${view} .shown=${shown}></cdw-projector-view>`);
  await el.candidatePartLoaded;
  await settle(el);
  return el;
}

const documentItems = (el: ProjectorView) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('ol > li')];
const provenance = (el: ProjectorView) => documentItems(el).map((li) => li.querySelector('.provenance')?.textContent!.trim() ?? null);

describe('the projector in a convergence session', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('fetches nothing of it for a session without candidates', async () => {
    const el = await mountElement<ProjectorView>(html`<cdw-projector-view .view=${sampleView()}></cdw-projector-view>`);
    expect(el.candidatePartLoaded).to.equal(null);
    expect(el.shadowRoot!.querySelector('.candidates, .provenance')).to.equal(null);
  });

  it('says under each proposal citing candidates where it comes from, and nothing under the others', async () => {
    const el = await mount(fullConvergenceView());
    expect(provenance(el).slice(0, 3)).to.deep.equal(['from Paris · Dakar', 'from Lyon + Asamblea de Sevilla', null]);
    expect(el.shadowRoot!.querySelector('.provenance bdi')!.textContent).to.equal('Paris · Dakar');
  });

  it('lists the candidates beside the document, those still to bring in first, with rank and count there and a mark for those brought in', async () => {
    const el = await mount();
    const panel = el.shadowRoot!.querySelector('aside .candidates')!;
    expect(textOf(panel.querySelector('h2')!)).to.equal('Candidates (3)');
    const items = [...panel.querySelectorAll('li')].map(textOf);
    expect(items[0]).to.not.contain('brought in');
    expect(items[1]).to.not.contain('brought in');
    expect(items[2]).to.contain('Open the library on Sundays').and.contain('✓ brought in').and.contain('Paris · Dakar · Rank 1 there · 7 endorsements');
    expect(panel.querySelectorAll('li.used')).to.have.length(1);
  });

  it('shows a candidate in the projector’s language when it carries that translation', async () => {
    const el = await mount(convergenceView(), ['fr']);
    const texts = [...el.shadowRoot!.querySelectorAll('.candidate-text')].map((p) => [p.textContent, p.getAttribute('lang')]);
    // The brought-in candidate last, as the panel lists those still to bring in first.
    expect(texts).to.deep.equal([
      ['Ouvrir les cours d’école le week-end', 'fr'],
      ['Publicar el presupuesto cada mes', 'es'],
      ['Ouvrir la bibliothèque le dimanche', 'fr'],
    ]);
  });

  it('fits ten long proposals, their provenance and thirty candidates on one 1920×1080 screen', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const base = fullConvergenceView();
    const long = fullView((n) => `${n} `.padEnd(600, ' word'));
    const many = Array.from({ length: 10 }, (_, i) => sampleCandidates().map((c) => ({ ...c, id: `${c.id}${i}`, text: c.text.repeat(3) }))).flat();
    const proposals = long.proposals.map((p, i) => ({ ...p, from: base.proposals[i]!.from }));
    const el = await mount({ ...long, proposals, candidates: many });
    const items = documentItems(el);
    expect(items).to.have.length(10);
    for (const item of items) expect(item.getBoundingClientRect().bottom).to.be.at.most(1080);
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.scrollHeight).to.be.at.most(list.clientHeight + 1);
    const controls = el.shadowRoot!.querySelector('.controls')!.getBoundingClientRect();
    expect(controls.bottom, 'the controls stay on screen').to.be.at.most(1080);
    const panel = el.shadowRoot!.querySelector('.candidates')!.getBoundingClientRect();
    expect(panel.bottom).to.be.at.most(controls.top);
    expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.candidates li')!).fontSize)).to.be.at.least(12);
  });

  it('speaks the page language, and has no serious accessibility violation', async () => {
    await useLanguage('pt');
    const el = await mount(fullConvergenceView());
    await until(() => provenance(el)[0] === 'de Paris · Dakar', 'the Portuguese words');
    expect(provenance(el)[0]).to.equal('de Paris · Dakar');
    expect(textOf(el.shadowRoot!.querySelector('.candidates')!)).to.contain('Candidatas (3)').and.contain('trazida');
    expect(await seriousViolations(el)).to.deep.equal([]);
  });
});
