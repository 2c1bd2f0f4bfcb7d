import { render, type TemplateResult } from 'lit';
import { newWriteKey, roomIdFor } from '../../src/doc/capabilities.ts';
import type { Signer } from '../../src/doc/crypto/keys.ts';
import { openSession, type WorkshopSession } from '../../src/doc/session.ts';
import { newWriter } from '../../src/doc/writer.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import type { ActorId, WorkshopRecord } from '../../src/domain/records.ts';
import { signingPayload } from '../../src/domain/signing.ts';
import type { GroupView, WorkshopView } from '../../src/domain/view.ts';
import { deriveView } from '../../src/domain/derive.ts';
import { locale } from '../../src/i18n/locale.ts';
import type { Language } from '../../src/i18n/locale.ts';
import { newSigner } from '../support/replica.ts';
import { TRUST_ALL } from '../support/trust.ts';

const mounted: HTMLElement[] = [];

/** Renders `template` into a fresh container on the page and waits until every Lit element in it has rendered. */
export async function mount<E extends Element = HTMLElement>(template: TemplateResult): Promise<E> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const element = container.firstElementChild as E;
  await settle(element);
  return element;
}

/** Waits until `root` and every Lit element below it (across shadow roots) finished updating. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = allElements(root)
      .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((p): p is Promise<unknown> => p instanceof Promise);
    await Promise.all(pending);
  }
}

/**
 * Waits, a moment at a time, until `condition` holds: for work the test cannot await directly (a lazily loaded
 * module). Fails after `ms`, naming what it waited for, instead of guessing a delay that a busy machine misses.
 */
export async function until(condition: () => boolean, what = 'condition', ms = 20_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    // A short task, not an animation frame: the runner's second page is a background tab, which gets none.
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

afterEach(async () => {
  for (const container of mounted.splice(0)) container.remove();
  await locale.set('en');
});

export const useLanguage = (language: Language): Promise<void> => locale.set(language);

/** Every element under `root`, shadow roots included. */
export function allElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = root instanceof Element ? [root] : [];
  const walk = (node: Element | ShadowRoot): void => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return [...new Set(found)];
}

/** The first element matching `selector` anywhere below `root`, shadow roots included. */
export function deep<E extends Element = HTMLElement>(root: Element, selector: string): E | null {
  return (allElements(root).find((el) => el.matches(selector)) as E | undefined) ?? null;
}

export function deepAll<E extends Element = HTMLElement>(root: Element, selector: string): E[] {
  return allElements(root).filter((el) => el.matches(selector)) as E[];
}

/** Visible text across shadow roots, whitespace collapsed: what a reader sees, roughly. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) parts.push((n as Text).data);
    if (n instanceof HTMLStyleElement) return;
    if (n instanceof Element && n.shadowRoot) n.shadowRoot.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The button whose accessible name (aria-label, else text) starts with `name`. */
export function button(root: Element, name: string): HTMLButtonElement | null {
  return (
    deepAll<HTMLButtonElement>(root, 'button').find((b) =>
      (b.getAttribute('aria-label') ?? textOf(b)).trim().startsWith(name),
    ) ?? null
  );
}

/** Types into a field as a person would: sets the value and fires input. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** A room kept in memory: no relay, no IndexedDB. */
export async function localSession(): Promise<WorkshopSession> {
  const writeKey = newWriteKey();
  return openSession({ roomId: await roomIdFor(writeKey), writeKey, syncUrl: null, persist: false, writer: newWriter });
}

/** Joins `names` as groups in `session`, each with a key of its own the writer adopts; returns their ids. */
export async function joinGroups(session: WorkshopSession, ...names: string[]): Promise<ActorId[]> {
  const ids: ActorId[] = [];
  for (const [index, name] of names.entries()) ids.push(await joinAs(session, await newSigner(), name, index % 2 ? 'Dakar' : 'Paris'));
  return ids;
}

/** Joins as the group `signer` holds the key of (the same group in two documents, say); returns its id. */
export async function joinAs(session: WorkshopSession, signer: Signer, name: string, venue = 'Paris'): Promise<ActorId> {
  // A screen that only reads opens its room without a writer: the test writes into its document with one of its own.
  const writer = (session.writer ??= newWriter(session.doc, session.store));
  writer.adopt(signer);
  const result = await writer.join(signer.actor, name, venue);
  if (!result.ok) throw new Error(`join ${name}: ${result.problem}`);
  return signer.actor;
}

export async function addProposals(session: WorkshopSession, group: ActorId, ...texts: string[]): Promise<void> {
  for (const text of texts) {
    const result = await session.writer!.addProposal(group, text);
    if (!result.ok) throw new Error(`add ${text}: ${result.problem}`);
  }
}

/**
 * Writes `record` signed by `signer` straight into the document, as a browser that was offline would have:
 * no courtesy checks, any clock reading. Resolves once the session has verified and applied it.
 */
export async function writeSigned(session: WorkshopSession, signer: Signer, record: Record<string, unknown>): Promise<void> {
  const unsigned = { v: 1, author: signer.actor, ...record } as WorkshopRecord;
  const sig = await signer.sign(signingPayload(unsigned, session.roomId));
  recordsOf(session.doc).push([{ ...unsigned, sig }]);
  await session.store.settled();
}

/** Starts a session as its facilitator, whose key the writer adopts; returns the facilitator's id. */
export async function createSession(session: WorkshopSession, title: string): Promise<ActorId> {
  const signer = await newSigner();
  session.writer!.adopt(signer);
  const result = await session.writer!.createSession(signer.actor, title);
  if (!result.ok) throw new Error(`session ${title}: ${result.problem}`);
  return signer.actor;
}

export const groupOf = (view: WorkshopView, id: ActorId): GroupView => view.groups.find((g) => g.id === id)!;

export const emptyView = (): WorkshopView => deriveView([], TRUST_ALL);

/** Resolves with the next `name` event from `target`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve(e as CustomEvent<T>), { once: true }));
}
