import { expect } from 'chai';
import { html } from 'lit';
import type { GroupView } from '../../../src/domain/view.ts';
import '../../../src/ui/scribe/join-form.ts';
import type { JoinForm } from '../../../src/ui/scribe/join-form.ts';
import { button, deep, mount, nextEvent, textOf, useLanguage } from '../helpers.ts';

const earlier: GroupView = { id: 'group-a_', name: 'Riverside', venue: 'Paris', number: 1, symbol: '●', joinedAt: [1, 0], joinedAs: null, removed: false };

describe('cdw-join-form', () => {
  it('has the fields "Group name" and "Venue" and announces join-group', async () => {
    const form = await mount<JoinForm>(html`<cdw-join-form></cdw-join-form>`);
    const root = form.shadowRoot!;
    expect(root.querySelector('label[for="name"]')!.textContent).to.equal('Group name');
    expect(root.querySelector('label[for="venue"]')!.textContent).to.equal('Venue');
    root.querySelector<HTMLInputElement>('#name')!.value = 'Table 3';
    root.querySelector<HTMLInputElement>('#venue')!.value = 'Dakar';
    const heard = nextEvent<{ name: string; venue: string }>(form, 'join-group');
    button(form, 'Join')!.click();
    expect((await heard).detail).to.deep.equal({ name: 'Table 3', venue: 'Dakar' });
  });

  it('offers to continue as a group this browser joined before', async () => {
    const form = await mount<JoinForm>(html`<cdw-join-form .previousGroups=${[earlier]}></cdw-join-form>`);
    const heard = nextEvent<{ group: string }>(form, 'continue-as');
    const offer = button(form, 'Continue as')!;
    expect(textOf(offer)).to.equal('Continue as ● 1 Riverside · Paris');
    offer.click();
    expect((await heard).detail.group).to.equal('group-a_');
  });

  it('shows a refusal, in the page language', async () => {
    await useLanguage('pt');
    const form = await mount<JoinForm>(html`<cdw-join-form .refusal=${{ problem: 'text-too-long' }}></cdw-join-form>`);
    expect(textOf(deep(form, '#problem')!)).to.match(/^Longo demais/);
    expect(textOf(button(form, 'Entrar')!)).to.equal('Entrar');
  });
});
