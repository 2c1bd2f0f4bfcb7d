import type { noticesFor } from '../../domain/notices.ts';
import { importAfterFirstPaint } from '../shared/first-paint.ts';

/** A tab that speaks for no group shows the join form; one that does, the document: each fetches only its own. */
export const loadJoinForm = (): Promise<unknown> => import('./join-form.ts');
export const loadDocument = (): Promise<unknown> => import('./scribe-view.ts');

/**
 * What the first full paint does not show, fetched once it is on screen: the rule outcomes for the group (and the
 * rules that find them), who is online, the agenda clock, each proposal's translations and edit form, the exports, the writer,
 * and the other state's part (a scribe about to join or change groups). Until then those elements are unknown,
 * and keep the room they will take.
 */
export const afterPaint: Promise<typeof noticesFor | null> = importAfterFirstPaint(async () => {
  const [notices] = await Promise.all([
    import('../../domain/notices.ts'),
    import('./rule-feedback.ts'),
    import('../shared/online-groups.ts'),
    import('../shared/agenda-clock.ts'),
    import('./proposal-translations.ts'),
    import('./proposal-editor.ts'),
    import('../publish/export-disclosure.ts'),
    import('../../doc/writer.ts'),
    loadJoinForm(),
    loadDocument(),
  ]);
  return notices.noticesFor;
}).catch((error: unknown) => {
  console.error('cdw: part of the scribe page could not be loaded', error);
  return null;
});
