import { expect } from 'chai';
import { loadCandidateWords } from '../../../src/i18n/candidates/words.ts';
import { LANGUAGES } from '../../../src/i18n/locale.ts';

describe('the convergence words', () => {
  it('exist in every language, each translated, with the same sentences', async () => {
    const en = await loadCandidateWords('en');
    for (const language of LANGUAGES) {
      const words = await loadCandidateWords(language);
      expect(Object.keys(words), language).to.deep.equal(Object.keys(en));
      if (language === 'en') continue;
      expect(words.startOpen, language).to.not.equal(en.startOpen);
      expect(words.there(1, 2), language).to.not.equal(en.there(1, 2));
      expect(words.notVerified, language).to.not.equal(en.notVerified);
    }
    expect((await loadCandidateWords('fr')).there(2, 1)).to.equal('Rang 2 là-bas · 1 soutien');
  });
});
