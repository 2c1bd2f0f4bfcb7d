/** The history view (and its diff library) is fetched only when someone opens a history. */
export const loadHistoryView = (): Promise<unknown> => import('./history-view.ts');

/** Once the history view exists, moves focus to its heading so keyboard and screen reader users start there. */
export async function focusHistoryHeading(root: ParentNode): Promise<void> {
  await customElements.whenDefined('cdw-history-view');
  await root.querySelector('cdw-history-view')?.focusHeading();
}

/** The projector's announcer is fetched once its proposals change; loaded from here, it shares this chunk's preloader. */
export const loadChangeAnnouncer = (): Promise<unknown> => import('../projector/change-announcer.ts');
