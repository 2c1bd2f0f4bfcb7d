import { addEnglish } from '../en.ts';

/** The session's links as the start page and the facilitator panel hand them out: their words load with them. */
export const linkWords = {
  start: {
    scribeLink: 'Scribe link',
    scribeLinkHint: 'For the scribe of each group. Whoever holds this link can write: share it only with the groups.',
    viewLinkHint: 'Read-only, for the projector and for anyone watching, anywhere.',
    facilitatorHeading: 'For you only: the facilitator link',
    facilitatorWarning: 'Keep it private. Whoever holds this link can lock the session, hide text and remove groups.',
    facilitatorLink: 'Facilitator link',
    showFacilitatorLink: 'Show the facilitator link',
    facilitatorLinkHint: 'Open it on a second device, a phone or a laptop, to run the session from there. Never show it on the projector.',
    showQr: 'Show QR code',
    openFacilitatorPanel: 'Open facilitator panel',
  },
};

addEnglish(linkWords);
