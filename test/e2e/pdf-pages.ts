/**
 * The number of pages in a PDF as Chromium writes it: one `/Type /Page` dictionary per page
 * (the page tree itself is `/Type /Pages`, which this does not count).
 */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
