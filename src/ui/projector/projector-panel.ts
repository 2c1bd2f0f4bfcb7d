/**
 * What the projector's first paint does not show: the side panel's join code, groups online, clock and language
 * choice, and the motion of proposals changing rank. Fetched once the proposals are on screen.
 */
import '../shared/agenda-clock.ts';
import '../shared/qr-code.ts';
import '../shared/online-groups.ts';
import './projector-languages.ts';

export { measure, playFlip } from '../shared/flip.ts';
export { projectorPrintStyles } from './projector-print.ts';
