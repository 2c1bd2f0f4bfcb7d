import { expect } from 'chai';
import { deriveView } from '../../src/domain/derive.ts';
import { DRAFT_MIN_LETTERS, SIMILAR_THRESHOLD, similarityIndex, similarProposals } from '../../src/domain/similar.ts';
import { comparableWords, resemblance, trigramProfile } from '../../src/domain/trigrams.ts';
import { add, at, endorse, group, id, join, translate } from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';

const score = (draft: string, text: string) => resemblance(trigramProfile(draft), trigramProfile(text));

const BUSES_EN =
  'Make public buses free of charge on Sundays and public holidays, so that families without a car can reach the parks, the river and the markets outside the centre; the city pays the operator from the parking fees it collects in the centre on weekdays.';
const BUSES_ES =
  'Que los autobuses públicos sean gratuitos los domingos y festivos, para que las familias sin coche puedan llegar a los parques, al río y a los mercados de las afueras; la ciudad paga al operador con las tasas de aparcamiento del centro.';
const BUSES_FR =
  "Rendre les bus publics gratuits le dimanche et les jours fériés, pour que les familles sans voiture puissent aller aux parcs, à la rivière et aux marchés hors du centre ; la ville paie l'exploitant avec les recettes du stationnement en semaine.";
const BUSES_PT =
  'Tornar os ônibus públicos gratuitos aos domingos e feriados, para que as famílias sem carro possam chegar aos parques, ao rio e às feiras fora do centro; a prefeitura paga a operadora com as taxas de estacionamento cobradas no centro.';

/** What a person would call the same idea: a draft and a proposal it should bring up. */
const sameIdea: Array<[string, string]> = [
  ['Free buses on Sundays', 'Make the buses free on Sunday'],
  ['Free public transport on Sundays', 'Free buses on Sundays'],
  ['Plant more trees in the schoolyards', 'More trees in school yards'],
  ['Open the public library every day', 'Open the library every day of the week'],
  ['Free buses', BUSES_EN],
  ['Free buses on Sundays and holidays for families', BUSES_EN],
  ['Autobuses gratis los domingos', 'Que los autobuses sean gratuitos el domingo'],
  ['Plantar más árboles en los patios escolares', 'Más árboles en los patios de las escuelas'],
  ['Autobuses gratis los domingos', BUSES_ES],
  ['Bus gratuit le dimanche', 'Des bus gratuits tous les dimanches'],
  ["Planter plus d'arbres dans les cours d'école", 'Plus d’arbres dans les cours des écoles'],
  ['Bus gratuits le dimanche', BUSES_FR],
  ['Ônibus grátis aos domingos', 'Ônibus gratuitos no domingo'],
  ['Plantar mais árvores nos pátios das escolas', 'Mais árvores nos pátios escolares'],
  ['Ônibus de graça aos domingos', BUSES_PT],
  ['حافلات مجانية يوم الأحد', 'الحافلات المجانية أيام الأحد'],
  ['زراعة المزيد من الأشجار في ساحات المدارس', 'أشجار أكثر في ساحات المدارس'],
];

/** Different ideas, some sharing a phrase. */
const differentIdeas: Array<[string, string]> = [
  ['Free buses on Sundays', 'Open the library on Sundays'],
  ['Plant more trees in the schoolyards', 'Publish the city budget online'],
  ['Open the public library every day', 'Plant shade trees in every street'],
  ['Open the library', BUSES_EN],
  ['Publish the city budget online every month', BUSES_EN],
  ['Autobuses gratis los domingos', 'Abrir la biblioteca los domingos'],
  ['Plantar más árboles en los patios escolares', 'Publicar el presupuesto de la ciudad'],
  ['Abrir la biblioteca todos los días', BUSES_ES],
  ['Bus gratuit le dimanche', 'Ouvrir la bibliothèque le dimanche'],
  ["Planter plus d'arbres dans les cours d'école", 'Publier le budget de la ville en ligne'],
  ['Ouvrir la bibliothèque tous les jours', BUSES_FR],
  ['Ônibus grátis aos domingos', 'Abrir a biblioteca aos domingos'],
  ['Plantar mais árvores nos pátios das escolas', 'Publicar o orçamento da cidade'],
  ['Abrir a biblioteca todos os dias', BUSES_PT],
  ['حافلات مجانية يوم الأحد', 'فتح المكتبة يوم الأحد'],
  ['زراعة المزيد من الأشجار في ساحات المدارس', 'نشر ميزانية المدينة على الإنترنت'],
];
// Beyond trigrams, left as they score: synonyms ("autobuses" and "transporte" share no letters) and a short
// draft whose every word a long proposal happens to use ("More parks for the families in the centre").

describe('resemblance: the threshold against examples in five languages', () => {
  for (const [draft, text] of sameIdea) {
    it(`same idea: “${draft}” ~ “${text.slice(0, 40)}”`, () => expect(score(draft, text)).to.be.at.least(SIMILAR_THRESHOLD));
  }
  for (const [draft, text] of differentIdeas) {
    it(`different: “${draft}” ≁ “${text.slice(0, 40)}”`, () => expect(score(draft, text)).to.be.below(SIMILAR_THRESHOLD));
  }
});

describe('comparableWords: case, accents, punctuation and Arabic spelling variants do not count', () => {
  const alike: Array<[string, string]> = [
    ['¡AUTOBUSES GRATIS LOS DOMINGOS!', 'autobuses gratis los domingos'],
    ['Plus d’arbres, dans les cours…', "plus d'arbres dans les cours"],
    ['Ônibus grátis', 'onibus gratis'],
    ['ＦＲＥＥ   buses', 'free buses'],
    ['حافِلاتٌ مَجّانِيَّة', 'حافلات مجانيه'],
    ['أشجار إضافية في الساحة', 'اشجار اضافيه في الساحه'],
    ['مستشفى جديد', 'مستشفي جديد'],
    ['شـــارع', 'شارع'],
  ];
  for (const [a, b] of alike) it(`“${a}” reads as “${b}”`, () => expect(comparableWords(a)).to.deep.equal(comparableWords(b)));

  it('scores a text against itself 1, and against nothing 0', () => {
    expect(score('Free buses on Sundays', 'Free buses on Sundays')).to.equal(1);
    expect(score('Free buses on Sundays', '')).to.equal(0);
    expect(score('', 'Free buses on Sundays')).to.equal(0);
    // Beyond U+20000 a trigram is kept as a string: still exact.
    expect(score('𠮷野家の牛丼', '𠮷野家の牛丼')).to.equal(1);
    expect(score('𠮷野家の牛丼', '𠮷野家の豚丼')).to.be.within(0.3, 0.9);
  });
});

describe('similarProposals: what the add form offers to edit instead', () => {
  const A = group('a');
  const texts = [
    'Free buses on Sundays',
    'Make the buses free on Sunday',
    'Free buses on Sundays and holidays',
    'Free buses on Sunday',
    'Open the library on Sundays',
    'Publish the city budget online',
  ];
  const records = [join(A, at(1), 'Table 1'), ...texts.map((text, n) => add(A, at(10 + n), text, id(`p${n}`)))];
  const view = deriveView(records, TRUST_ALL);
  const index = similarityIndex(view.proposals);
  const shown = (draft: string) => similarProposals(draft, index).map((s) => s.proposal.current.text);

  it('shows at most three, most similar first', () => {
    expect(shown('Free buses on Sundays')).to.deep.equal(['Free buses on Sundays', 'Free buses on Sunday', 'Free buses on Sundays and holidays']);
  });

  it('shows nothing for unrelated drafts and for drafts too short to say anything', () => {
    expect(shown('Publish the minutes of every council meeting')).to.deep.equal([]);
    expect(trigramProfile('Free bus').letters).to.be.below(DRAFT_MIN_LETTERS);
    expect(shown('Free bus')).to.deep.equal([]);
    expect(shown('Free buses')).to.not.deep.equal([]);
  });

  it('breaks equal scores by the workshop’s order, so every tab shows the same', () => {
    const twins = deriveView(
      [join(A, at(1), 'Table 1'), add(A, at(10), 'Plant trees', id('t1')), add(A, at(11), 'Plant trees', id('t2')), endorse(A, at(12), id('t1'))],
      TRUST_ALL,
    );
    const found = similarProposals('Plant trees', similarityIndex(twins.proposals)).map((s) => [s.proposal.id, s.proposal.rank]);
    expect(found).to.deep.equal([[id('t1'), 1], [id('t2'), 2]]);
  });

  it('finds a proposal through its translation, and says which', () => {
    const translated = deriveView(
      [...records, translate(A, at(30), id('p5'), 'es', 'Publicar el presupuesto de la ciudad en internet')],
      TRUST_ALL,
    );
    const [found] = similarProposals('Publicar el presupuesto de la ciudad', similarityIndex(translated.proposals));
    expect(found).to.include({ lang: 'es' });
    expect(found!.proposal.id).to.equal(id('p5'));
  });

  it('scores as resemblance does, text against text', () => {
    for (const found of similarProposals('Free buses on Sundays', index)) {
      expect(found.score).to.equal(score('Free buses on Sundays', found.proposal.current.text));
    }
  });

  it('honours a threshold and a maximum of its caller', () => {
    expect(similarProposals('Free buses on Sundays', index, { max: 1 })).to.have.length(1);
    expect(similarProposals('Free buses on Sundays', index, { threshold: 1 }).map((s) => s.score)).to.deep.equal([1]);
  });

  it('profiles each text once: the next view reuses the profiles of texts that did not change', () => {
    const next = similarityIndex(view.proposals, index);
    expect(next.texts.map((t) => t.profile)).to.deep.equal(index.texts.map((t) => t.profile));
    next.texts.forEach((text, i) => expect(text.profile).to.equal(index.texts[i]!.profile));
    expect(similarProposals('Free buses on Sundays', next)).to.deep.equal(similarProposals('Free buses on Sundays', index));
  });
});
