import { expect } from 'chai';
import { html, type TemplateResult } from 'lit';
import { deriveView } from '../../src/domain/derive.ts';
import { noticesFor } from '../../src/domain/notices.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import type { Language } from '../../src/i18n/locale.ts';
import '../../src/ui/facilitator/facilitator-proposals.ts';
import '../../src/ui/projector/projector-view.ts';
import '../../src/ui/publish/publish-page.ts';
import '../../src/ui/publish/session-column.ts';
import '../../src/ui/scribe/scribe-view.ts';
import '../../src/ui/shared/history-view.ts';
import '../../src/ui/shared/translation-history.ts';
import { add, at, endorse, id, join, revise, session, translate } from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';
import { seriousViolations } from './axe.ts';
import { A, B, C } from './fixtures.ts';
import { allElements, groupOf, mount, useLanguage } from './helpers.ts';

const ARABIC = 'مكتبة مفتوحة يوم الأحد';
const HEBREW = 'לשתול עצי צל ברחובות';
const ARABIC_TRANSLATION = 'زراعة أشجار الظل في الشوارع';

/** Words of the proposals' texts: a language's own name (العربية in the language menu) is not a proposal. */
const WORDS = [ARABIC, HEBREW, ARABIC_TRANSLATION].flatMap((text) => text.split(' '));

const withLang = (record: WorkshopRecord, lang: string): WorkshopRecord => ({ ...record, lang }) as WorkshopRecord;

/**
 * Right-to-left proposals written in their own languages: an Arabic one, an English one edited into Hebrew
 * (so its history holds both), translated into Arabic. A endorsed the English version: a discounted notice.
 */
function rtlView(): WorkshopView {
  return deriveView(
    [
      session(A, at(1), 'Our city'),
      join(A, at(2), 'Riverside', 'Paris'),
      join(B, at(3), 'Lighthouse', 'Dakar'),
      join(C, at(4), 'Orchard', 'Tel Aviv'),
      withLang(add(A, at(5), ARABIC, id('library')), 'ar'),
      withLang(add(B, at(6), 'Plant shade trees in the streets', id('trees')), 'en'),
      endorse(A, at(7), id('trees')),
      withLang(revise(C, at(8), id('trees'), id('trees'), HEBREW, id('treesHe')), 'he'),
      translate(B, at(9), id('treesHe'), 'ar', ARABIC_TRANSLATION),
    ],
    TRUST_ALL,
  );
}

/** The language an element is in: its own `lang`, else its parent's, through shadow roots to their hosts. */
function inherited(node: Node, attribute: 'lang' | 'dir'): string | null {
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (at instanceof Element && at.hasAttribute(attribute)) return at.getAttribute(attribute);
    if (attribute === 'dir' && at instanceof HTMLElement && at.localName === 'bdi') return 'auto';
  }
  return null;
}

/** Every piece of a proposal's text rendered under `root`, with the language and direction it is given. */
function rtlTexts(root: Element): { text: string; lang: string | null; dir: string | null }[] {
  const found: { text: string; lang: string | null; dir: string | null }[] = [];
  for (const element of [root, ...allElements(root)]) {
    const children = [...element.childNodes, ...(element.shadowRoot?.childNodes ?? [])];
    for (const node of children) {
      if (node.nodeType !== Node.TEXT_NODE || !WORDS.some((word) => node.textContent!.includes(word))) continue;
      found.push({ text: node.textContent!.trim(), lang: inherited(node, 'lang'), dir: inherited(node, 'dir') });
    }
  }
  return found;
}

function expectOwnLanguages(root: Element, where: string): void {
  const texts = rtlTexts(root);
  expect(texts, `${where} renders the proposals`).to.not.be.empty;
  for (const { text, lang, dir } of texts) {
    const expected = /[\u0590-\u05ff]/.test(text) ? 'he' : 'ar';
    expect({ text, lang, dir }, where).to.deep.equal({ text, lang: expected, dir: 'auto' });
  }
}

function pages(view: WorkshopView): [string, TemplateResult][] {
  const trees = view.proposals.find((p) => p.id === id('trees'))!;
  return [
    ['projector', html`<cdw-projector-view .view=${view} .shown=${['ar', 'he']}></cdw-projector-view>`],
    ['projector, each as written', html`<cdw-projector-view .view=${view}></cdw-projector-view>`],
    [
      'scribe list and notices',
      html`<cdw-scribe-view .view=${view} .me=${groupOf(view, A)} .online=${[A, B, C]} .notices=${noticesFor(view, A)}></cdw-scribe-view>`,
    ],
    ['history', html`<cdw-history-view .proposal=${trees} .groups=${view.groups}></cdw-history-view>`],
    ['translation history', html`<cdw-translation-history .proposal=${trees} .groups=${view.groups}></cdw-translation-history>`],
    ['publish page and print', html`<cdw-publish-page .view=${view}></cdw-publish-page>`],
    ['compare column', html`<cdw-session-column .view=${view}></cdw-session-column>`],
    ['facilitator', html`<cdw-facilitator-proposals .proposals=${view.proposals} .groups=${view.groups}></cdw-facilitator-proposals>`],
  ];
}

describe('every proposal in its own language, for screen readers and right-to-left text', () => {
  afterEach(() => useLanguage('en'));

  for (const [where, template] of pages(rtlView())) {
    it(`${where}: each proposal's text carries its lang and dir="auto"`, async () => {
      expectOwnLanguages(await mount(template), where);
    });
  }

  for (const language of ['en', 'es', 'fr', 'pt', 'ar'] as Language[]) {
    it(`axe finds nothing serious with right-to-left proposals, in ${language}: projector, scribe, publish`, async () => {
      await useLanguage(language);
      const view = rtlView();
      const chosen = pages(view).filter(([where]) => /^(projector|scribe|publish)/.test(where));
      for (const [where, template] of chosen) {
        expect(await seriousViolations(await mount(template)), `${where} in ${language}`).to.deep.equal([]);
      }
    });
  }
});
