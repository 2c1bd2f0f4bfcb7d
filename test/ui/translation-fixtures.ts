import { deriveView } from '../../src/domain/derive.ts';
import type { LanguageTag, WorkshopRecord } from '../../src/domain/records.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import { add, at, id, join, revise, session, translate } from '../support/records.ts';
import { A, B, C } from './fixtures.ts';
import { TRUST_ALL } from '../support/trust.ts';

const written = (lang: LanguageTag, record: WorkshopRecord): WorkshopRecord => ({ ...record, lang }) as WorkshopRecord;

/**
 * Three proposals in two languages. "water" (Spanish) was translated into English and French, then edited:
 * English was translated again, French is outdated. "buses" (English) has a Spanish translation; "gardens" none.
 */
export function multilingualRecords(): WorkshopRecord[] {
  return [
    session(A, at(1), 'Agua y ciudad'),
    join(A, at(2), 'Mesa 1', 'CDMX'),
    join(B, at(3), 'Table 1', 'Detroit'),
    join(C, at(4), 'Table 2', 'Paris'),
    written('es', add(A, at(5), 'Agua potable en cada escuela', id('water'))),
    written('en', add(B, at(6), 'Free buses on Sundays', id('buses'))),
    written('es', add(A, at(7), 'Huertos comunitarios en los parques', id('gardens'))),
    translate(B, at(8), id('water'), 'en', 'Drinking water in every school', id('waterEn')),
    translate(C, at(9), id('water'), 'fr', 'De l’eau potable dans chaque école', id('waterFr')),
    translate(A, at(10), id('buses'), 'es', 'Autobuses gratis los domingos', id('busesEs')),
    revise(A, at(11), id('water'), id('water'), 'Agua potable y gratuita en cada escuela', id('water2')),
    translate(B, at(12), id('water2'), 'en', 'Free drinking water in every school', id('waterEn2')),
  ];
}

export const multilingualView = (): WorkshopView => deriveView(multilingualRecords(), TRUST_ALL);

export const proposalOf = (view: WorkshopView, name: string) => view.proposals.find((p) => p.id === id(name))!;

/** Ten proposals of `length` characters in Spanish, each translated into English at the same length. */
export function translatedFullView(length: number): WorkshopView {
  const records: WorkshopRecord[] = [join(A, at(1), 'Mesa 1', 'CDMX'), join(B, at(2), 'Table 1', 'Detroit')];
  for (let n = 1; n <= 10; n++) {
    records.push(written('es', add(A, at(10 + n), `${n} `.padEnd(length, ' palabra'), id(`p${n}`))));
    records.push(translate(B, at(30 + n), id(`p${n}`), 'en', `${n} `.padEnd(length, ' word'), id(`t${n}`)));
  }
  return deriveView(records, TRUST_ALL);
}
