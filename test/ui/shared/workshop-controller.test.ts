import { expect } from 'chai';
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { WorkshopController } from '../../../src/ui/shared/workshop-controller.ts';
import { localSession, joinGroups, mount } from '../helpers.ts';

@customElement('test-workshop-host')
class TestWorkshopHost extends LitElement {
  readonly workshop = new WorkshopController(this);
  renders = 0;
  protected override render() {
    this.renders++;
    return html`${this.workshop.view?.groups.length ?? 'none'}`;
  }
}

describe('WorkshopController', () => {
  it('re-renders its host on every change of the view while connected, and not after', async () => {
    const session = await localSession();
    const host = await mount<TestWorkshopHost>(html`<test-workshop-host></test-workshop-host>`);
    expect(host.shadowRoot!.textContent).to.equal('none');
    host.workshop.use({ store: session.store, connection: null, presence: null });
    await host.updateComplete;
    await joinGroups(session, 'Riverside');
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('1');
    expect(host.workshop.status).to.deep.equal({ state: 'offline', pending: 0 });

    host.remove();
    const renders = host.renders;
    await joinGroups(session, 'Orchard');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host.renders).to.equal(renders);
    await session.destroy();
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'test-workshop-host': TestWorkshopHost;
  }
}
