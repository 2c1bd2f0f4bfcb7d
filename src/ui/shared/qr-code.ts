import { LitElement, css, html, svg, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { encode } from 'uqr';

/** One dark run of modules on a row: drawing runs, not single modules, keeps the SVG small. */
interface DarkRun {
  x: number;
  y: number;
  width: number;
}

export function darkRuns(modules: readonly (readonly boolean[])[]): DarkRun[] {
  const runs: DarkRun[] = [];
  modules.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x++) {
      const dark = row[x] === true;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  });
  return runs;
}

/** A QR code drawn from its module matrix as SVG rectangles: no SVG string is ever injected. */
@customElement('cdw-qr-code')
export class QrCode extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      width: var(--qr-size, 10rem);
      aspect-ratio: 1;
      background: #fff;
      line-height: 0;
    }
    svg {
      width: 100%;
      height: 100%;
    }
  `;

  @property() value = '';
  /** The accessible name: what the code leads to. */
  @property() label = '';

  private size = 0;
  private runs: DarkRun[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('value')) return;
    const qr = encode(this.value, { ecc: 'M', border: 2 });
    this.size = qr.size;
    this.runs = darkRuns(qr.data);
  }

  protected override render() {
    return html`<svg
      role="img"
      aria-label=${this.label}
      viewBox="0 0 ${this.size} ${this.size}"
      shape-rendering="crispEdges"
    >
      <rect width=${this.size} height=${this.size} fill="#fff"></rect>
      ${this.runs.map((run) => svg`<rect x=${run.x} y=${run.y} width=${run.width} height="1" fill="#000"></rect>`)}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-qr-code': QrCode;
  }
}
