import { addEnglish } from '../en.ts';

/** The venue relay: its links page (#/venue), and what a page served over plain HTTP cannot do. */
export const venueWords = {
  venue: {
    heading: 'Links for the room’s network',
    intro:
      'This laptop serves the session to everyone in the room, even when the internet drops. Paste the session’s scribe link or view link: you get the same links on this laptop’s address, with QR codes to project.',
    pastedLink: 'Session link',
    pastedHint: 'The scribe link or the view link. A facilitator link works too: it is never shown here.',
    show: 'Show links for this network',
    notALink: 'This is not a scribe, view or facilitator link. Copy it again, in full.',
    address: 'Address on the room’s network',
    addressHint:
      'Choose it before anyone joins, and keep it: a group’s key stays in its browser under the address it joined on.',
    noAddress:
      'No other machine can reach this relay: start it on the room’s network without --host (or with --host 0.0.0.0), then open this page again.',
    scribeHint: 'Each group’s scribe scans this to write. Whoever holds it can write: show it in the room only.',
    viewHint: 'For the room’s projector, read-only.',
    reopensOnlyWhileLaptopRuns:
      'This page comes from the laptop in the room, so this browser keeps no copy of it: it opens again only while that laptop runs. What you write is kept in this browser anyway.',
  },
};

addEnglish(venueWords);
