import { toHtml } from './html.ts';
import { toJsonExport } from './json.ts';
import type { ExportLabels } from './labels.ts';
import { toMarkdown } from './markdown.ts';
import type { WorkshopRecord } from '../records.ts';
import type { WorkshopView } from '../view.ts';

export type ExportFormat = 'markdown' | 'html' | 'json';

/** A file ready to hand to the reader: its name, its media type and its whole text. */
export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** What an export reads: the store's sorted valid records, the view derived from them, and their room. */
export interface ExportSource {
  records: readonly WorkshopRecord[];
  view: WorkshopView;
  /** The room the records were signed for: a JSON export without it cannot be continued. */
  room: string | null;
}

const FORMATS: Record<ExportFormat, { extension: string; type: string }> = {
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8' },
  html: { extension: 'html', type: 'text/html;charset=utf-8' },
  json: { extension: 'json', type: 'application/json;charset=utf-8' },
};

/**
 * "our-city-in-ten-proposals-2026-11-27.md": the title in lower case with accents dropped and anything
 * but letters and digits turned into dashes (letters of every script stay), then the UTC date.
 */
export function exportFileName(title: string | null, exportedAt: number, extension: string): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'workshop'}-${new Date(exportedAt).toISOString().slice(0, 10)}.${extension}`;
}

/** One export of the document in `format`, worded with `labels` in the reader's language `lang`, written `dir`. */
export function buildExportFile(
  format: ExportFormat,
  { records, view, room }: ExportSource,
  labels: ExportLabels,
  lang: string,
  exportedAt: number,
  dir: 'ltr' | 'rtl' = 'ltr',
): ExportFile {
  const { extension, type } = FORMATS[format];
  const text =
    format === 'markdown'
      ? toMarkdown(view, exportedAt, labels)
      : format === 'html'
        ? toHtml(view, exportedAt, labels, lang, dir)
        : toJsonExport(records, view, exportedAt, room);
  return { name: exportFileName(view.title, exportedAt, extension), type, text };
}
