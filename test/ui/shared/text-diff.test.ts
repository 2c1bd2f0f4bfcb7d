import { expect } from 'chai';
import { html } from 'lit';
import '../../../src/ui/shared/text-diff.ts';
import { diffSegments, type TextDiff } from '../../../src/ui/shared/text-diff.ts';
import { mount } from '../helpers.ts';

describe('cdw-text-diff', () => {
  it('splits a change into kept, added and removed parts', () => {
    expect(diffSegments('Open the library on Sundays', 'Open the public library every day')).to.deep.equal([
      { change: 'same', text: 'Open the ' },
      { change: 'added', text: 'public ' },
      { change: 'same', text: 'library ' },
      { change: 'removed', text: 'on Sundays' },
      { change: 'added', text: 'every day' },
    ]);
  });

  it('keeps the new text whole in one paragraph, additions underlined, removals listed after it', async () => {
    const el = await mount<TextDiff>(
      html`<cdw-text-diff .previous=${'Open the library on Sundays'} .text=${'Open the public library every day'}></cdw-text-diff>`,
    );
    const [text, removed] = el.shadowRoot!.querySelectorAll('p');
    expect(text!.textContent).to.equal('Open the public library every day');
    expect([...text!.querySelectorAll('ins')].map((i) => i.textContent)).to.deep.equal(['public ', 'every day']);
    expect(removed!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Removed: on Sundays');
  });

  it('shows a first version without marks, and markup as plain text', async () => {
    const el = await mount<TextDiff>(html`<cdw-text-diff .text=${'<img src=x onerror=alert(1)>'}></cdw-text-diff>`);
    expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('diffSegments', () => {
  const samples: Array<[string, string]> = [
    ['', 'New text'],
    ['Old text', ''],
    ['a b c', 'a x c'],
    ['Café, crème!', 'Café crème brûlée!'],
    ['same', 'same'],
    ['one two  three', 'one  two three four'],
  ];
  for (const [before, after] of samples) {
    it(`spells the new text from its kept and added parts: "${before}" → "${after}"`, () => {
      const segments = diffSegments(before, after);
      expect(segments.filter((s) => s.change !== 'removed').map((s) => s.text).join('')).to.equal(after);
      expect(segments.every((s) => s.text.length > 0)).to.equal(true);
    });
  }
});

describe('diffSegments keeps shared words even when spaces would align more', () => {
  it('keeps "council " between two rewrites', () => {
    const segments = diffSegments('Interpret council meetings in sign language too', 'Stream and interpret every council meeting live');
    expect(segments.filter((s) => s.change === 'same').map((s) => s.text)).to.deep.equal(['council ']);
  });
});
