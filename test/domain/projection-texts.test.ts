import { expect } from 'chai';
import { capitalized, languageMark, languageName, ownLanguageName } from '../../src/ui/shared/language-names.ts';
import { projectedLengthFactor } from '../../src/ui/projector/projected-text.ts';
import { projectedTexts } from '../../src/domain/projection-texts.ts';
import { defaultShownLanguages, readShownLanguages, withShownLanguages } from '../../src/domain/shown-languages.ts';
import { likelyTarget, translationLanguages } from '../../src/domain/translation-target.ts';
import { multilingualView, proposalOf } from '../ui/translation-fixtures.ts';

describe('what a projector shows in its languages', () => {
  const view = multilingualView();
  const water = proposalOf(view, 'water');
  const buses = proposalOf(view, 'buses');
  const gardens = proposalOf(view, 'gardens');

  it('shows each proposal as written when no language is chosen', () => {
    expect(projectedTexts(water, [])).to.deep.equal([{ kind: 'original', text: water.current.text, lang: 'es', marked: false }]);
  });

  it('in one language: the translation, else the original with its language tag', () => {
    expect(projectedTexts(water, ['en'])).to.deep.equal([
      { kind: 'translation', text: 'Free drinking water in every school', lang: 'en', outdated: false },
    ]);
    expect(projectedTexts(buses, ['en'])).to.deep.equal([{ kind: 'original', text: 'Free buses on Sundays', lang: 'en', marked: false }]);
    expect(projectedTexts(gardens, ['en'])).to.deep.equal([
      { kind: 'original', text: 'Huertos comunitarios en los parques', lang: 'es', marked: true },
    ]);
  });

  it('keeps showing a translation of an older version, marked outdated', () => {
    expect(projectedTexts(water, ['fr'])).to.deep.equal([
      { kind: 'translation', text: 'De l’eau potable dans chaque école', lang: 'fr', outdated: true },
    ]);
  });

  it('side by side: the original appears once, and a column without translation says so', () => {
    expect(projectedTexts(water, ['es', 'en']).map((c) => c.kind)).to.deep.equal(['original', 'translation']);
    expect(projectedTexts(buses, ['es', 'en']).map((c) => c.kind)).to.deep.equal(['translation', 'original']);
    expect(projectedTexts(gardens, ['es', 'en'])).to.deep.equal([
      { kind: 'original', text: gardens.current.text, lang: 'es', marked: false },
      { kind: 'missing', lang: 'en' },
    ]);
    // Neither column is the original's language: the first one lacking a translation shows it, tagged.
    expect(projectedTexts(buses, ['fr', 'pt'])).to.deep.equal([
      { kind: 'original', text: 'Free buses on Sundays', lang: 'en', marked: true },
      { kind: 'missing', lang: 'pt' },
    ]);
    expect(projectedTexts(water, ['fr', 'pt']).map((c) => c.kind)).to.deep.equal(['translation', 'original']);
  });

  it('an original of unknown language is shown without a tag', () => {
    const unknown = { ...gardens, current: { ...gardens.current, lang: null } };
    expect(projectedTexts(unknown, ['en'])).to.deep.equal([{ kind: 'original', text: gardens.current.text, lang: null, marked: false }]);
  });

  it('sets two columns smaller than one: half-width columns wrap like a text twice as long', () => {
    expect(projectedLengthFactor(gardens, ['es', 'en'])).to.be.below(projectedLengthFactor(gardens, ['es']));
    expect(projectedLengthFactor(buses, [])).to.equal(1);
  });
});

describe('?show= and the default languages of a projector', () => {
  it('reads one or two valid language tags, each once', () => {
    expect(readShownLanguages('?show=en')).to.deep.equal(['en']);
    expect(readShownLanguages('?lang=fr&show=es,en')).to.deep.equal(['es', 'en']);
    expect(readShownLanguages('?show=es,es,pt-BR,fr')).to.deep.equal(['es', 'pt-BR']);
    expect(readShownLanguages('?show=<b>,en')).to.deep.equal(['en']);
    expect(readShownLanguages('?show=')).to.equal(null);
    expect(readShownLanguages('?lang=es')).to.equal(null);
  });

  it('writes ?show= readably, keeping ?lang= and the hash', () => {
    const href = withShownLanguages('https://w.example/?lang=fr#/v/abcdefghijklmnopqrstuv', ['es', 'en']);
    expect(href).to.equal('https://w.example/?lang=fr&show=es,en#/v/abcdefghijklmnopqrstuv');
    expect(withShownLanguages(href, ['pt'])).to.equal('https://w.example/?lang=fr&show=pt#/v/abcdefghijklmnopqrstuv');
    expect(readShownLanguages(new URL(href).search)).to.deep.equal(['es', 'en']);
  });

  it('defaults to the interface language when the session works in it, else the first working language', () => {
    expect(defaultShownLanguages(['es', 'en', 'fr', 'pt'], 'fr')).to.deep.equal(['fr']);
    expect(defaultShownLanguages(['es', 'en'], 'pt')).to.deep.equal(['es']);
  });
});

describe('language names and translation targets', () => {
  it('names a language in the reader’s language, in its own, and as a short tag', () => {
    expect(languageName('es', 'en')).to.equal('Spanish');
    expect(languageName('en', 'fr')).to.equal('anglais');
    expect(ownLanguageName('es')).to.equal('Español');
    expect(ownLanguageName('de')).to.equal('Deutsch');
    expect(capitalized('español', 'es')).to.equal('Español');
    expect(languageMark('pt-BR')).to.equal('PT-BR');
  });

  it('offers every working language but the original, starting with the reader’s or the first lacking one', () => {
    const view = multilingualView();
    const water = proposalOf(view, 'water');
    expect(translationLanguages(water, view.languages)).to.deep.equal(['en', 'fr', 'pt']);
    expect(likelyTarget(water, ['en', 'fr', 'pt'], 'pt')).to.equal('pt');
    // A Spanish reader cannot translate into Spanish here: English is up to date, French is outdated.
    expect(likelyTarget(water, ['en', 'fr', 'pt'], 'es')).to.equal('fr');
  });
});
