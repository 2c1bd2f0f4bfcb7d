import { expect } from 'chai';
import { candidateWords } from '../../../src/i18n/en/candidates.ts';
import { LANGUAGES, loadCatalog } from '../../../src/i18n/locale.ts';

describe('the convergence words', () => {
  it('exist in every language, each translated, with the same sentences', async () => {
    const en = candidateWords.candidates;
    for (const language of LANGUAGES) {
      const words = (await loadCatalog(language)).candidates;
      expect(Object.keys(words), language).to.deep.equal(Object.keys(en));
      if (language === 'en') continue;
      expect(words.startOpen, language).to.not.equal(en.startOpen);
      expect(words.there(1, 2), language).to.not.equal(en.there(1, 2));
      expect(words.notVerified, language).to.not.equal(en.notVerified);
    }
    expect((await loadCatalog('fr')).candidates.there(2, 1)).to.equal('Rang 2 là-bas · 1 soutien');
    expect((await loadCatalog('ar')).candidates.there(2, 3)).to.equal('المرتبة 2 هناك · 3 تأييدات');
  });
});
