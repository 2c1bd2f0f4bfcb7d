import { expect } from 'chai';
import { en, type Messages } from '../../src/i18n/en.ts';
// English words that travel with lazily loaded screens: the catalogue is complete once they are all loaded.
import '../../src/i18n/en/candidates.ts';
import '../../src/i18n/en/changes.ts';
import '../../src/i18n/en/diagnostics.ts';
import '../../src/i18n/en/export-labels.ts';
import '../../src/i18n/en/feedback.ts';
import '../../src/i18n/en/facilitator.ts';
import '../../src/i18n/en/history.ts';
import '../../src/i18n/en/links.ts';
import '../../src/i18n/en/publish.ts';
import '../../src/i18n/en/setup.ts';
import '../../src/i18n/en/start.ts';
import '../../src/i18n/en/venue.ts';
import '../../src/i18n/en/verify-page.ts';
import { es } from '../../src/i18n/es.ts';
import { fr } from '../../src/i18n/fr.ts';
import { ar } from '../../src/i18n/ar.ts';
import { pt } from '../../src/i18n/pt.ts';
import { LANGUAGES, LANGUAGE_NAMES, Locale, chooseLanguage, directionOf, loadCatalog, pickLanguage, startLocale } from '../../src/i18n/locale.ts';
import { pluralizer } from '../../src/i18n/plural.ts';

/** Every path to a leaf, with the leaf's kind and, for messages that are functions, their arity. */
function shapeOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') return [`${path}:fn${value.length}`];
    if (typeof value === 'object' && value !== null) return shapeOf(value, path);
    return [`${path}:${typeof value}`];
  });
}

function leaves(messages: object): Array<[string, unknown]> {
  return Object.entries(messages).flatMap(([key, value]): Array<[string, unknown]> =>
    typeof value === 'object' && value !== null ? leaves(value).map(([k, v]) => [`${key}.${k}`, v]) : [[key, value]],
  );
}

const catalogs: Record<string, Messages> = { en, es, fr, pt, ar };

describe('translations', () => {
  for (const [language, messages] of Object.entries(catalogs)) {
    it(`${language} has exactly the keys of English, recursively`, () => {
      expect(shapeOf(messages).sort()).to.deep.equal(shapeOf(en).sort());
    });

    it(`${language} has no empty message, and every function message returns text (numbers and names alike)`, () => {
      for (const [path, value] of leaves(messages)) {
        const text = typeof value === 'function' ? (value as (...a: unknown[]) => unknown)('3', '10') : value;
        expect(text, path).to.be.a('string').and.not.equal('');
      }
    });
  }

  it('keeps the English accessible names of DESIGN.md §6 exact', () => {
    expect(en.start.createSession).to.equal('Create session');
    expect(en.start.sessionTitle).to.equal('Session title');
    expect([en.join.groupName, en.join.venue, en.join.join]).to.deep.equal(['Group name', 'Venue', 'Join']);
    expect([en.scribe.newProposal, en.scribe.addProposal, en.scribe.proposals]).to.deep.equal([
      'New proposal',
      'Add proposal',
      'Proposals',
    ]);
    expect([en.scribe.endorse, en.scribe.withdraw, en.scribe.edit, en.scribe.history]).to.deep.equal([
      'Endorse',
      'Withdraw endorsement',
      'Edit',
      'History',
    ]);
    expect([en.scribe.editProposal, en.scribe.save]).to.deep.equal(['Edit proposal', 'Save']);
    expect([en.status.online, en.status.offline, en.status.syncing]).to.deep.equal(['Online', 'Offline', 'Syncing']);
  });

  it('translates every accessible name (none is left in English)', () => {
    for (const messages of [es, fr, pt, ar]) {
      expect(messages.scribe.addProposal).to.not.equal(en.scribe.addProposal);
      expect(messages.scribe.withdraw).to.not.equal(en.scribe.withdraw);
      expect(messages.join.groupName).to.not.equal(en.join.groupName);
      expect(messages.start.createSession).to.not.equal(en.start.createSession);
    }
  });

  it('writes plurals by each language’s rules', () => {
    expect(en.scribe.endorsements(1)).to.equal('1 endorsement');
    expect(en.scribe.endorsements(0)).to.equal('0 endorsements');
    expect(fr.scribe.endorsements(0)).to.equal('0 soutien');
    expect(fr.scribe.endorsements(2)).to.equal('2 soutiens');
    expect(es.status.pending(1)).to.equal('1 cambio en espera');
    expect(en.sync.diagnostics.total(1)).to.equal('1 record ignored');
    expect(fr.sync.diagnostics.total(2)).to.equal('2 enregistrements ignorés');
    expect(pt.sync.groupCount(1)).to.equal('1 grupo');
    expect(pt.projector.notAdmitted(2)).to.match(/^2 propostas/);
    expect(en.scribe.characters(1000, 1000)).to.equal('1,000 / 1,000 characters');
  });

  it('writes Arabic plurals in its six forms, with Western digits', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => ar.scribe.endorsements(n))).to.deep.equal([
      'لا تأييد',
      'تأييد واحد',
      'تأييدان',
      '3 تأييدات',
      '11 تأييدًا',
      '100 تأييد',
    ]);
    expect(ar.scribe.characters(1000, 1000)).to.equal('1,000 / 1,000 حرفًا');
    expect(ar.sync.diagnostics.total(5)).to.equal('5 سجلات متجاهَلة');
  });

  it('formats the number where # stands', () => {
    expect(pluralizer('fr')(1200, { one: '# x', other: '# y' })).to.equal('1\u202f200 y');
  });
});

describe('picking the language', () => {
  it('prefers ?lang=, then the saved choice, then the browser, then English', () => {
    expect(pickLanguage('pt', 'es', ['fr'])).to.equal('pt');
    expect(pickLanguage('xx', 'es', ['fr'])).to.equal('es');
    expect(pickLanguage(null, null, ['de-DE', 'pt-BR'])).to.equal('pt');
    expect(pickLanguage(null, null, ['de'])).to.equal('en');
  });

  it('registers Arabic by its own name, right to left', () => {
    expect(LANGUAGE_NAMES.ar).to.equal('العربية');
    expect(LANGUAGES.map(directionOf)).to.deep.equal(['ltr', 'ltr', 'ltr', 'ltr', 'rtl']);
    expect(pickLanguage(null, null, ['ar-PS', 'en'])).to.equal('ar');
  });

  it('lays the page out right to left in Arabic, and back to left to right', async () => {
    const page = new Locale();
    await startLocale(page);
    try {
      await chooseLanguage('ar', page);
      expect([document.documentElement.lang, document.documentElement.dir]).to.deep.equal(['ar', 'rtl']);
      await chooseLanguage('fr', page);
      expect([document.documentElement.lang, document.documentElement.dir]).to.deep.equal(['fr', 'ltr']);
    } finally {
      localStorage.removeItem('cdw-language');
      document.documentElement.lang = 'en';
      document.documentElement.dir = 'ltr';
    }
  });

  it('loads every language on demand', async () => {
    for (const language of LANGUAGES) expect((await loadCatalog(language)).scribe.proposals).to.be.a('string');
  });

  it('tells subscribers once the new messages are in, and the last of quick choices wins', async () => {
    const locale = new Locale();
    const heard: string[] = [];
    locale.subscribe((language) => heard.push(language));
    await Promise.all([locale.set('es'), locale.set('fr')]);
    expect(locale.language).to.equal('fr');
    expect(locale.messages.scribe.proposals).to.equal('Propositions');
    expect(heard).to.deep.equal(['fr']);
  });
});
