import { html } from 'lit';
import type { LanguageTag } from '../../domain/records.ts';
import type { Messages } from '../../i18n/en.ts';
import { languageMark, languageName } from './language-names.ts';

/** "ES" for the eye, "(original in Spanish)" for a screen reader; the host styles `.mark`. Starts with a space. */
export function originalMark(lang: LanguageTag, t: Messages, reader: string) {
  const said = t.translations.originalIn(languageName(lang, reader));
  return html` <span class="mark" lang=${reader} title=${said}><span aria-hidden="true">${languageMark(lang)}</span><span class="visually-hidden">${`(${said})`}</span></span>`;
}
