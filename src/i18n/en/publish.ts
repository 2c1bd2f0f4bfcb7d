import { addEnglish } from '../en.ts';
import { numberFormatter } from '../plural.ts';

const number = numberFormatter('en');

/** The publish, replay and compare pages, and the downloads: their words load with them. */
export const publishWords = {
  publish: {
    compareLink: 'Compare with other sessions',
    heading: 'Publish the result',
    backToProjector: 'Back to the projector',
    downloads: 'Downloads',
    downloadMarkdown: 'Download Markdown',
    downloadHtml: 'Download HTML',
    downloadJson: 'Download JSON',
    jsonHint:
      'Markdown and HTML hold the current proposals, ready to publish. JSON holds everything (every version, endorsement, group and time) and can be continued in a new session.',
    saved: (file: string) => `Downloaded ${file}`,
    print: 'Print',
    printHint: 'One A4 page. For a PDF, choose “Save as PDF” in the print dialog.',
    preview: 'Print preview',
    replay: 'Replay',
    asItStood: (time: string) => `As it stood at ${time}`,
    nothingToReplay: 'Nothing to replay yet.',
    moment: 'Moment of the session',
    step: (n: number, total: number) => `moment ${number(n)} of ${number(total)}`,
    play: 'Play',
    pause: 'Pause',
    backToLive: 'Back to live',
    compareHeading: 'Compare sessions',
    compareIntro: 'Several sessions side by side, each read-only, for a final convergence across venues.',
    viewLinks: 'View links',
    compareHint: 'Paste the view link of each session, one per line.',
    compare: 'Compare',
    notViewLinks: (pieces: string) => `Not view links: ${pieces}`,
    noLinks: 'Paste at least one view link.',
    openView: 'Open the view link',
    remove: 'Remove',
    noVenues: 'none given',
  },
};

addEnglish(publishWords);
