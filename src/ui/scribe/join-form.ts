import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SetupFailure } from '../../doc/setup-failure.ts';
import { GROUP_NAME_MAX, VENUE_MAX } from '../../domain/text.ts';
import type { GroupView } from '../../domain/view.ts';
import { LocalizedController } from '../../i18n/localized-controller.ts';
import { emit, type Refusal } from '../shared/events.ts';
import { groupLabel } from '../../domain/group-label.ts';
import { isolatedIn } from '../shared/isolated.ts';
import { controlStyles } from '../shared/shared-styles.ts';

/** A scribe names the group (and venue), or picks up a group this browser joined before. */
@customElement('cdw-join-form')
export class JoinForm extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        max-width: 32rem;
      }
      h2 {
        font-size: 1.4rem;
        margin: 0 0 0.4rem;
      }
      h3 {
        font-size: 1.05rem;
        margin: 2rem 0 0.75rem;
      }
      .intro {
        color: var(--muted);
        margin: 0 0 1.25rem;
      }
      form {
        display: grid;
        gap: 1rem;
      }
      form button {
        justify-self: start;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.5rem;
      }
      li button {
        width: 100%;
        justify-content: flex-start;
        text-align: start;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** Groups this browser joined before in this session, offered to continue as. */
  @property({ attribute: false }) previousGroups: readonly GroupView[] = [];
  @property({ attribute: false }) refusal: Refusal | null = null;
  /** The group's key could not be made or kept: said, with "Try again". */
  @property({ attribute: false }) failure: SetupFailure | null = null;

  private readonly i18n = new LocalizedController(this);

  protected override render() {
    const t = this.i18n.t;
    return html`<h2>${t.join.heading}</h2>
      <p class="intro">${t.join.intro}</p>
      <form @submit=${this.onSubmit} novalidate>
        <div>
          <label for="name">${t.join.groupName}</label>
          <input
            id="name"
            autocomplete="off"
            maxlength=${GROUP_NAME_MAX * 2}
            aria-invalid=${this.refusal ? 'true' : 'false'}
            aria-describedby="problem"
          />
          <p class="problem" id="problem" aria-live="polite">${this.refusal ? t.problems[this.refusal.problem] : ''}</p>
        </div>
        <div>
          <label for="venue">${t.join.venue}</label>
          <input id="venue" autocomplete="off" maxlength=${VENUE_MAX * 2} aria-describedby="venue-hint" />
          <p class="hint" id="venue-hint">${t.join.venueHint}</p>
        </div>
        <button class="primary" type="submit">${t.join.join}</button>
        <cdw-setup-failure-notice .failure=${this.failure}></cdw-setup-failure-notice>
      </form>
      ${this.previousGroups.length
        ? html`<h3>${t.join.continueHeading}</h3>
            <ul>
              ${this.previousGroups.map(
                (group) =>
                  html`<li>
                    <button type="button" @click=${() => emit(this, 'continue-as', { group: group.id })}>
                      ${isolatedIn(t.join.continueAs, groupLabel(group))}
                    </button>
                  </li>`,
              )}
            </ul>`
        : ''}`;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const value = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
    emit(this, 'join-group', { name: value('name'), venue: value('venue') });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cdw-join-form': JoinForm;
  }
}
