import type { ExportFile } from '../../domain/export/export-file.ts';

/** Hands a file to the browser as a download: a Blob behind a short-lived object URL, no server involved. */
export function saveFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later nothing needs the URL.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
