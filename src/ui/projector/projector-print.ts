import { css } from 'lit';

/**
 * Printed from the projector, the document alone, black on white ("Publish" fits any length on one page).
 * Adopted after the projector's own styles, so it wins over the narrow layout (A4 is narrower than 50rem);
 * it comes with the side panel, after the first paint: nobody prints before the proposals show.
 */
export const projectorPrintStyles = css`
  @media print {
    :host {
      --ink: #000;
      --muted: #000;
      --accent: #000;
      min-height: 0;
    }
    .stage {
      display: block;
      height: auto;
      padding: 0;
      outline: none;
    }
    aside,
    .history-link {
      display: none;
    }
    h1 {
      font-size: 18pt;
    }
    .facts {
      font-size: 10pt;
      margin-bottom: 3mm;
    }
    ol {
      overflow: visible;
      gap: 0;
    }
    li {
      font-size: 11pt;
      background: none;
      border: 0;
      border-top: 1px solid #000;
      border-radius: 0;
      padding: 1.5mm 0;
      break-inside: avoid;
    }
    .rank {
      font-size: 12pt;
    }
    .count {
      font-size: 8pt;
    }
    .count strong {
      font-size: 13pt;
    }
  }
`;
