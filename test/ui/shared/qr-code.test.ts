import { expect } from 'chai';
import { html } from 'lit';
import { darkRuns, type QrCode } from '../../../src/ui/shared/qr-code.ts';
import { mount } from '../helpers.ts';

describe('cdw-qr-code', () => {
  it('merges dark modules of a row into runs', () => {
    expect(darkRuns([[true, true, false, true], [false, false, false, false]])).to.deep.equal([
      { x: 0, y: 0, width: 2 },
      { x: 3, y: 0, width: 1 },
    ]);
  });

  it('draws the code as SVG rectangles with an accessible name', async () => {
    const qr = await mount<QrCode>(html`<cdw-qr-code value="https://w.example/#/v/abc" label="QR code of the view link"></cdw-qr-code>`);
    const svg = qr.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR code of the view link');
    expect(svg.querySelectorAll('rect').length).to.be.greaterThan(20);
    const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    expect(size).to.be.greaterThanOrEqual(25);
  });

  it('redraws when the value changes', async () => {
    const qr = await mount<QrCode>(html`<cdw-qr-code value="a"></cdw-qr-code>`);
    const before = qr.shadowRoot!.querySelector('svg')!.innerHTML;
    qr.value = 'https://w.example/a/much/longer/value/that/needs/a/bigger/code/than/before';
    await qr.updateComplete;
    expect(qr.shadowRoot!.querySelector('svg')!.innerHTML).to.not.equal(before);
  });
});
