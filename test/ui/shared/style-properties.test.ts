import { expect } from 'chai';
import { html, render } from 'lit';
import { styleProperties } from '../../../src/ui/shared/style-properties.ts';

describe('styleProperties', () => {
  it('sets, changes and removes style properties through the CSSOM, never through a style attribute write', () => {
    const host = document.createElement('div');
    const written: string[] = [];
    const setAttribute = Element.prototype.setAttribute;
    // A policy without 'unsafe-inline' refuses style attributes set this way (Lit's styleMap does on first render).
    Element.prototype.setAttribute = function (name: string, value: string) {
      if (name === 'style') written.push(value);
      setAttribute.call(this, name, value);
    };
    try {
      const view = (properties: Record<string, string>) => html`<span ${styleProperties(properties)}></span>`;
      render(view({ '--group-colour': 'rgb(1, 2, 3)', width: '40%' }), host);
      const span = host.querySelector('span')!;
      expect(span.style.getPropertyValue('--group-colour')).to.equal('rgb(1, 2, 3)');
      expect(span.style.width).to.equal('40%');
      render(view({ width: '55.5%' }), host);
      expect(span.style.getPropertyValue('--group-colour')).to.equal('');
      expect(span.style.width).to.equal('55.5%');
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
    expect(written).to.deep.equal([]);
  });
});
