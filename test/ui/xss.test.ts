import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html, type TemplateResult } from 'lit';
import { deriveView } from '../../src/domain/derive.ts';
import { toHtml } from '../../src/domain/export/html.ts';
import { ENGLISH_EXPORT_LABELS } from '../../src/domain/export/labels.ts';
import { toMarkdown } from '../../src/domain/export/markdown.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { PROPOSAL_TEXT_MAX, textLength } from '../../src/domain/text.ts';
import type { ProposalView, WorkshopView } from '../../src/domain/view.ts';
import { noticesFor } from '../../src/domain/notices.ts';
import { similarProposals, similarityIndex } from '../../src/domain/similar.ts';
import '../../src/ui/sync/diagnostics-view.ts';
import '../../src/ui/facilitator/facilitator-groups.ts';
import '../../src/ui/facilitator/facilitator-proposals.ts';
import '../../src/ui/shared/history-view.ts';
import '../../src/ui/scribe/join-form.ts';
import '../../src/ui/projector/projector-view.ts';
// Fetched after the first paint on the page; defined from the start here, so every render shows the groups online.
import '../../src/ui/projector/projector-panel.ts';
import '../../src/ui/scribe/proposal-item.ts';
import type { ProposalItem } from '../../src/ui/scribe/proposal-item.ts';
import '../../src/ui/publish/publish-page.ts';
import '../../src/ui/scribe/scribe-view.ts';
// What the scribe's page fetches after its first full paint (scribe-parts.ts), defined here from the start.
import '../../src/ui/scribe/proposal-translations.ts';
import '../../src/ui/scribe/proposal-editor.ts';
import '../../src/ui/scribe/rule-feedback.ts';
import '../../src/ui/shared/online-groups.ts';
// Fetched lazily on the page; defined from the start here, so every render shows the similar proposals alike.
import '../../src/ui/scribe/similar-proposals.ts';
import '../../src/ui/publish/session-column.ts';
import '../../src/ui/start/start-page.ts';
import type { CreatedSession } from '../../src/ui/start/start-page.ts';
import '../../src/ui/sync/sync-overview.ts';
import '../../src/ui/scribe/translate-form.ts';
import '../../src/ui/scribe/translation-needs.ts';
import { add, at, endorse, id, join, revise, session, translate } from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';
import { bidiContainer, bidiRun, deepText, deepTextNodes, describeElement, isInside, isIsolating } from './deep-query.ts';
import { A, B, C } from './fixtures.ts';
import { allElements, button, groupOf, mount, settle } from './helpers.ts';
import { HOSTILE_SAMPLES, PLAIN_SAMPLE, type HostileSample } from './hostile-text.ts';

/*
 * Issue 6: proposal texts, group names, venues and session titles that hold markup, script, a word wider
 * than a phone or right-to-left text render as plain text in every view, and in the exports.
 */

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const ROOM = 'abcdefghijklmnopqrstuv';
const FACILITATOR_SECRET = `e.${'x'.repeat(43)}.${'y'.repeat(43)}`;
const EXPORTED_AT = Date.UTC(2026, 10, 27, 16, 30);
const PHONE = { width: 390, height: 844 };

type Field = 'title' | 'proposal' | 'group';

/**
 * Every user-written field of a session holds `sample`: the title, every group's name and venue, ten
 * proposals, an edit superseded by a concurrent one, translations (one outdated), an endorsement of a
 * replaced version and an add that found the document full (both told to A), and two malformed records
 * whose id and version were written by the attacker.
 */
function hostileRecords(sample: HostileSample): unknown[] {
  const { proposal, title, group } = sample;
  // Older versions must differ from the current one, or nobody is told about the superseded edit.
  const version = (n: number): string =>
    sample.longWord ? proposal.slice(0, PROPOSAL_TEXT_MAX - n) : `${proposal} ${n}`;
  const inSpanish = (record: WorkshopRecord): WorkshopRecord => ({ ...record, lang: 'es' }) as WorkshopRecord;
  const records: unknown[] = [
    session(A, at(1), title),
    join(A, at(2), group, group),
    join(B, at(3), group, group),
    join(C, at(4), group, group),
    inSpanish(add(A, at(5), proposal, id('p1'))),
    revise(B, at(6), id('p1'), id('p1'), version(1), id('p1b')),
    revise(A, at(7), id('p1'), id('p1b'), version(2), id('p1a')),
    revise(C, at(8), id('p1'), id('p1b'), proposal, id('p1c')),
    endorse(A, at(9), id('p1b')),
    translate(B, at(10), id('p1b'), 'en', proposal, id('p1en')),
    translate(C, at(11), id('p1c'), 'fr', proposal, id('p1fr')),
  ];
  for (let n = 2; n <= 10; n++) records.push(add(n % 2 ? B : C, at(10 + n), proposal, id(`p${n}`)));
  records.push(translate(B, at(30), id('p2'), 'en', proposal, id('p2en')));
  records.push(add(A, at(40), proposal, id('late')));
  records.push({ v: 1, id: group, author: A, hlc: [50, 0], kind: 'add', text: 'x' });
  records.push({ v: title, id: 'badVersion01', author: A, hlc: [51, 0], kind: 'add', text: 'x' });
  return records;
}

/** The one place this suite derives a view: unsigned test records, each taken as authentic. */
const viewOf = (records: readonly unknown[]): WorkshopView => deriveView(records, TRUST_ALL);

const proposalOf = (view: WorkshopView, name: string): ProposalView => view.proposals.find((p) => p.id === id(name))!;

interface Rendered {
  sample: HostileSample;
  view: WorkshopView;
  records: readonly unknown[];
}

interface ViewUnderTest {
  name: string;
  /** The fields whose text must appear, verbatim, in the element. */
  shows: readonly Field[];
  render(input: Rendered): TemplateResult;
  /** Brings the element to the state that shows the text (opens an editor…); more checks, where text is a field's value. */
  after?(element: HTMLElement, input: Rendered): Promise<void> | void;
  /** Places that show the text only for some texts, as many as the rules give for this one (none when absent). */
  shownFor?(input: Rendered): number;
}

const everyGroup = [A, B, C];

const VIEWS: readonly ViewUnderTest[] = [
  {
    name: 'projector',
    shows: ['title', 'proposal', 'group'],
    render: ({ view }) =>
      html`<cdw-projector-view .view=${view} .online=${everyGroup} viewUrl="https://w.example/#/v/${ROOM}"></cdw-projector-view>`,
  },
  {
    name: 'projector, two languages side by side',
    shows: ['title', 'proposal'],
    render: ({ view }) => html`<cdw-projector-view .view=${view} .shown=${['en', 'fr']}></cdw-projector-view>`,
  },
  {
    name: 'scribe view: proposals, notices, badges, groups online, who is editing',
    shows: ['title', 'proposal', 'group'],
    render: ({ view }) => html`<cdw-scribe-view
      .view=${view}
      .me=${groupOf(view, A)}
      .online=${everyGroup}
      .editors=${new Map([[id('p1'), [B]]])}
      .notices=${noticesFor(view, A)}
    ></cdw-scribe-view>`,
    // The refused add lists the proposals it resembles; a text of a word or two resembles none.
    shownFor: ({ view, sample }) => similarProposals(sample.proposal, similarityIndex(view.proposals)).length,
  },
  {
    name: 'proposal item, editing while another group saves a version',
    shows: ['proposal', 'group'],
    render: ({ view }) =>
      html`<cdw-proposal-item .proposal=${proposalOf(view, 'p1')} .groups=${view.groups} .me=${A} .languages=${view.languages}></cdw-proposal-item>`,
    async after(element, { view, sample }) {
      const item = element as ProposalItem;
      button(item, 'Edit')!.click();
      await item.updateComplete;
      const draft = item.shadowRoot!.querySelector<HTMLTextAreaElement>('#draft')!;
      expect(draft.value, 'the editor holds the text as written').to.equal(sample.proposal);
      const p1 = proposalOf(view, 'p1');
      item.proposal = { ...p1, current: p1.revisions.find((r) => r.id === id('p1a'))! };
      await settle(item);
      expect(item.shadowRoot!.querySelector('#changed'), 'the "saved a new version" notice').to.not.equal(null);
    },
  },
  {
    name: 'history of a proposal, with its translations',
    shows: ['proposal', 'group'],
    render: ({ view }) =>
      html`<cdw-history-view .proposal=${proposalOf(view, 'p1')} .groups=${view.groups} canRestore></cdw-history-view>`,
  },
  {
    name: 'translations still needed',
    shows: ['proposal'],
    render: ({ view }) => html`<cdw-translation-needs .view=${view}></cdw-translation-needs>`,
  },
  {
    name: 'translation form',
    shows: [],
    render: ({ view }) =>
      html`<cdw-translate-form .proposal=${proposalOf(view, 'p2')} .languages=${['en', 'fr']} target="en"></cdw-translate-form>`,
    after(element, { sample }) {
      const field = element.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
      expect(field.value, 'the translation to correct, as written').to.equal(sample.proposal);
    },
  },
  {
    name: 'diagnostics (ignored records)',
    shows: ['group'],
    render: ({ view }) => html`<cdw-diagnostics .diagnostics=${view.diagnostics} .counts=${view.diagnosticCounts}></cdw-diagnostics>`,
  },
  {
    name: 'groups and venues overview',
    shows: ['group'],
    render: ({ view }) => html`<cdw-sync-overview
      .groups=${view.groups}
      .peers=${[{ clientId: 1, group: A, editing: null, pending: 0 }]}
      .lastInSync=${(group: string) => (group === B ? EXPORTED_AT - 60_000 : null)}
      .now=${EXPORTED_AT}
    ></cdw-sync-overview>`,
  },
  {
    name: 'publish page with the print preview',
    shows: ['title', 'proposal', 'group'],
    render: ({ view, records }) =>
      html`<cdw-publish-page .view=${view} .records=${records} roomId=${ROOM} .now=${() => EXPORTED_AT}></cdw-publish-page>`,
  },
  {
    name: 'compare view (one session column)',
    shows: ['title', 'proposal', 'group'],
    render: ({ view }) =>
      html`<cdw-session-column .view=${view} viewHref="#/v/${ROOM}" removeHref="#/compare"></cdw-session-column>`,
  },
  {
    name: 'start page, session created',
    shows: ['title'],
    render: ({ sample }) => {
      const created: CreatedSession = {
        title: sample.title,
        scribeUrl: `https://w.example/#/s/${ROOM}`,
        viewUrl: `https://w.example/#/v/${ROOM}`,
        facilitatorUrl: `https://w.example/#/f/${ROOM}/${FACILITATOR_SECRET}`,
        panelHref: `#/f/${ROOM}/${FACILITATOR_SECRET}`,
      };
      return html`<cdw-start-page .created=${created}></cdw-start-page>`;
    },
  },
  {
    name: 'facilitator panel: every version of every proposal',
    shows: ['proposal', 'group'],
    render: ({ view }) => html`<cdw-facilitator-proposals .proposals=${view.proposals} .groups=${view.groups}></cdw-facilitator-proposals>`,
  },
  {
    name: 'facilitator panel: groups, one renamed',
    shows: ['group'],
    render: ({ view }) => {
      // As after a facilitator's rename: the name the group gave itself is shown beside the new one.
      const groups = view.groups.map((group, i) => (i === 0 ? { ...group, joinedAs: group.name } : group));
      return html`<cdw-facilitator-groups .groups=${groups}></cdw-facilitator-groups>`;
    },
  },
  {
    name: 'join form, continuing as a group',
    shows: ['group'],
    render: ({ view }) => html`<cdw-join-form .previousGroups=${view.groups}></cdw-join-form>`,
  },
];

/** Elements markup in a text could create; a page built from text has exactly as many as with plain words. */
const MARKUP = ['img', 'script', 'svg', 'iframe', 'object', 'embed', 'a', 'b', 'math', 'style', 'link', 'base', 'meta', 'form'];

const countMarkup = (root: Element): Record<string, number> => {
  const counts = Object.fromEntries(MARKUP.map((tag) => [tag, 0]));
  for (const element of allElements(root)) if (element.localName in counts) counts[element.localName]!++;
  return counts;
};

/** Attributes only markup could have put there: inline handlers and script URLs. */
function scriptAttributes(root: Element): string[] {
  const found: string[] = [];
  for (const element of allElements(root)) {
    for (const { name, value } of Array.from(element.attributes)) {
      if (name.startsWith('on') || /^\s*javascript:/i.test(value)) found.push(`${describeElement(element)} ${name}="${value}"`);
    }
  }
  return found;
}

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, their presentation forms) and bidi controls. */
const BIDI = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Right-to-left text whose direction could leak into the UI's own words: text not in an isolating element
 * (`dir`, `<bdi>`, a block), or sharing its bidi run with words that are not the user's.
 */
function unisolated(root: Element, sample: HostileSample): string[] {
  const userText = [sample.proposal, sample.title, sample.group];
  const problems = new Set<string>();
  for (const text of deepTextNodes(root)) {
    if (!BIDI.test(text.data) || isInside(text, '.visually-hidden')) continue;
    const container = bidiContainer(text);
    const where = container ? describeElement(container) : 'the page';
    if (!container || !isIsolating(container)) {
      problems.add(`${where} does not isolate "${text.data.slice(0, 30)}"`);
      continue;
    }
    const others = userText.reduce((run, user) => run.split(user).join(''), bidiRun(container)).trim();
    // The app's own words in a right-to-left language (Arabic's own name), declared and isolated: no user text to mix.
    if (container.hasAttribute('lang') && others === bidiRun(container).trim()) continue;
    // A shortened user text (the first characters of an id or a version) is still only the user's.
    const fragment = userText.some((user) => user.includes(others));
    if (/\p{L}/u.test(others) && !fragment) problems.add(`${where} mixes it with the words "${others.slice(0, 40)}"`);
  }
  return [...problems];
}

/** What sticks out of a phone's width: the page would scroll sideways, or text is cut off. */
function overflowing(root: Element): string[] {
  const found: string[] = [];
  const container = root.parentElement!;
  if (container.scrollWidth > container.clientWidth + 1) found.push(`the element (${container.scrollWidth}px in ${container.clientWidth}px)`);
  const width = document.documentElement.clientWidth;
  for (const text of deepTextNodes(root)) {
    if (!text.data.trim() || isInside(text, '.visually-hidden, option')) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    const box = range.getBoundingClientRect();
    if (box.width > 0 && (box.left < -1 || box.right > width + 1)) {
      found.push(`text in ${describeElement(text.parentElement ?? (text.getRootNode() as ShadowRoot).host)} (${Math.round(box.left)}px to ${Math.round(box.right)}px)`);
    }
  }
  return [...new Set(found)];
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

/** The same text in every field: it must then show, as written, in as many places as plain words do. */
const isUniform = (sample: HostileSample): boolean => sample.proposal === sample.title && sample.title === sample.group;

const tick = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Time for an injected handler to have run: a task, and the end of any image's load (an img with a bad src
 * fires onerror a few milliseconds later). Not an animation frame: the runner's second page is a background
 * tab, which gets none.
 */
async function settleScripts(root: Element): Promise<void> {
  await tick();
  const images = allElements(root).filter((element): element is HTMLImageElement => element instanceof HTMLImageElement);
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  await tick();
}

const inputs = new Map<HostileSample, Rendered>();
function inputFor(sample: HostileSample): Rendered {
  let input = inputs.get(sample);
  if (!input) {
    const records = hostileRecords(sample);
    input = { sample, records, view: viewOf(records) };
    inputs.set(sample, input);
  }
  return input;
}

async function render(spec: ViewUnderTest, input: Rendered): Promise<HTMLElement> {
  const element = await mount<HTMLElement>(spec.render(input));
  await spec.after?.(element, input);
  await settle(element);
  await settleScripts(element);
  return element;
}

describe('hostile text renders as plain text (issue 6)', () => {
  before(() => setViewport(PHONE));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    delete window.__xss;
  });

  describe('the hostile session', () => {
    for (const sample of HOSTILE_SAMPLES) {
      it(`is valid and holds ${sample.name} in every field`, () => {
        expect(textLength(sample.group)).to.be.within(1, 60);
        expect(textLength(sample.title)).to.be.within(1, 200);
        expect(textLength(sample.proposal)).to.be.within(1, PROPOSAL_TEXT_MAX);
        const { view } = inputFor(sample);
        expect(view.title).to.equal(sample.title);
        expect(view.groups.map((g) => [g.name, g.venue])).to.deep.equal(everyGroup.map(() => [sample.group, sample.group]));
        expect(view.proposals).to.have.length(10);
        expect(view.proposals.every((p) => p.current.text === sample.proposal)).to.equal(true);
        expect(noticesFor(view, A).map((n) => n.kind)).to.have.members(['not-admitted', 'superseded', 'discounted']);
        expect(proposalOf(view, 'p1').translations.map((t) => [t.lang, t.outdated])).to.deep.equal([['en', true], ['fr', false]]);
        expect(view.diagnostics.map((d) => d.id)).to.include(sample.group);
      });
    }
  });

  for (const spec of VIEWS) {
    describe(spec.name, () => {
      let plainMarkup: Record<string, number>;
      let plainShown: number;
      before(async () => {
        const input = inputFor(PLAIN_SAMPLE);
        const plain = await render(spec, input);
        plainMarkup = countMarkup(plain);
        plainShown = occurrences(deepText(plain), PLAIN_SAMPLE.proposal) - (spec.shownFor?.(input) ?? 0);
      });

      for (const sample of HOSTILE_SAMPLES) {
        it(`shows ${sample.name} as text`, async () => {
          const input = inputFor(sample);
          const element = await render(spec, input);
          expect(countMarkup(element), 'elements created from the text').to.deep.equal(plainMarkup);
          expect(scriptAttributes(element), 'handlers or script URLs from the text').to.deep.equal([]);
          expect(window.__xss, 'script ran').to.equal(undefined);
          const text = deepText(element);
          for (const field of spec.shows) expect(text.includes(sample[field]), `the ${field} as written`).to.equal(true);
          if (isUniform(sample)) {
            const shown = plainShown + (spec.shownFor?.(input) ?? 0);
            expect(occurrences(text, sample.proposal), 'places showing the text as written').to.equal(shown);
          }
          expect(overflowing(element), 'boxes wider than a 390px phone allows').to.deep.equal([]);
          if (sample.rtl) expect(unisolated(element, sample), 'right-to-left text not isolated from the words around it').to.deep.equal([]);
        });
      }
    });
  }

  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__xss, 'script ran at any point of the suite').to.equal(undefined);
  });
});

/** CommonMark: a backslash before ASCII punctuation stands for that character. */
const unescapeMarkdown = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Characters Markdown reads as markup (HTML, entities, links, code, emphasis, tables) left without a backslash. */
function unescapedMarkup(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if ('<>&[]`*_|'.includes(text[i]!)) found.push(`${text[i]} at ${i}`);
  }
  return found;
}

describe('hostile text in the exports (issue 6)', () => {
  for (const sample of HOSTILE_SAMPLES) {
    it(`the HTML export keeps ${sample.name} as text`, () => {
      const doc = new DOMParser().parseFromString(toHtml(inputFor(sample).view, EXPORTED_AT, ENGLISH_EXPORT_LABELS), 'text/html');
      const plain = new DOMParser().parseFromString(toHtml(inputFor(PLAIN_SAMPLE).view, EXPORTED_AT, ENGLISH_EXPORT_LABELS), 'text/html');
      const tags = (d: Document) => [...d.querySelectorAll('*')].map((e) => e.localName).sort();
      expect(tags(doc), 'elements created from the text').to.deep.equal(tags(plain));
      expect(doc.querySelectorAll('img, script, svg, iframe, b').length).to.equal(0);
      expect(scriptAttributes(doc.documentElement)).to.deep.equal([]);
      expect(doc.title).to.equal(sample.title);
      expect(doc.querySelector('h1')!.textContent).to.equal(sample.title);
      expect([...doc.querySelectorAll('ol > li')].map((li) => li.firstChild!.textContent)).to.deep.equal(
        Array(10).fill(sample.proposal),
      );
      expect([...doc.querySelectorAll('tbody tr')].map((tr) => [...tr.children].slice(1).map((td) => td.textContent))).to.deep.equal(
        everyGroup.map(() => [sample.group, sample.group]),
      );
    });

    it(`the Markdown export escapes ${sample.name}`, () => {
      const lines = toMarkdown(inputFor(sample).view, EXPORTED_AT, ENGLISH_EXPORT_LABELS).split('\n');
      const title = lines[0]!.replace(/^# /, '');
      const proposals = lines.filter((line) => /^\d+\. /.test(line)).map((line) => line.replace(/^\d+\. /, '').replace(/ {2}$/, ''));
      const groups = lines.filter((line) => /^\| \S+ \d+ \|/.test(line)).map((line) => line.split(/(?<!\\)\|/).slice(2, 4).map((cell) => cell.trim()));
      const venues = lines.find((line) => line.startsWith('Venues: '))!.replace('Venues: ', '');
      for (const [what, escaped] of [['title', title], ['venues', venues], ...proposals.map((p) => ['proposal', p]), ...groups.flat().map((g) => ['group', g])]) {
        expect(unescapedMarkup(escaped!), `markup left in the ${what}`).to.deep.equal([]);
      }
      expect(unescapeMarkdown(title)).to.equal(sample.title);
      expect(unescapeMarkdown(venues)).to.equal(sample.group);
      expect(proposals.map(unescapeMarkdown)).to.deep.equal(Array(10).fill(sample.proposal));
      expect(groups.map((row) => row.map(unescapeMarkdown))).to.deep.equal(everyGroup.map(() => [sample.group, sample.group]));
    });
  }
});
