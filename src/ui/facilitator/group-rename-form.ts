import { css, html, type LitElement } from 'lit';
import { GROUP_NAME_MAX, VENUE_MAX } from '../../domain/text.ts';
import type { GroupView } from '../../domain/view.ts';
import type { Messages } from '../../i18n/en.ts';
import type { ActionAnswer } from '../shared/action-answer.ts';
import { adoptStyles } from '../shared/adopt-styles.ts';

/** What the rename form shows and what its buttons do. */
export interface RenameForm {
  group: GroupView;
  t: Messages;
  action: ActionAnswer;
  submit(event: SubmitEvent): void;
  cancel(): void;
}

const renameStyles = css`
  form {
    display: grid;
    gap: 0.6rem;
    margin-top: 0.6rem;
    max-width: 28rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;

/** A group's name and venue, editable: fetched for the first "Rename", not the panel's first paint. */
export function renameForm(host: LitElement, { group, t, action, submit, cancel }: RenameForm) {
  adoptStyles(host, renameStyles);
  return html`<form @submit=${submit} novalidate>
    <div>
      <label for="name">${t.join.groupName}</label>
      <input
        id="name"
        autocomplete="off"
        maxlength=${GROUP_NAME_MAX * 2}
        .value=${group.name}
        aria-invalid=${action.problem ? 'true' : 'false'}
        aria-describedby=${action.problem ? 'problem' : ''}
      />
    </div>
    <div>
      <label for="venue">${t.join.venue}</label>
      <input id="venue" autocomplete="off" maxlength=${VENUE_MAX * 2} .value=${group.venue} />
    </div>
    <div class="row">
      <button class="primary" type="submit" ?disabled=${action.busy}>${t.scribe.save}</button>
      <button type="button" @click=${cancel}>${t.cancel}</button>
    </div>
  </form>`;
}
