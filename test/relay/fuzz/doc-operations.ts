// Real Y.Doc operations the workshop never performs: formatted text and embeds, maps, nested types,
// sub-documents, XML. Each author is a scratch document whose changes are sent as they accumulate.
import * as Y from 'yjs';
import type { Random } from '../../integration/seeded-random.ts';
import { someAny, someJson, someString } from './random-values.ts';

/** Clock ticks a scratch document may reach before the author starts afresh: a long run once grew one to 144 million characters and ran the fuzzer itself out of memory. */
export const MAX_SCRATCH_TICKS = 2_000_000;

export class ScratchAuthor {
  private doc = new Y.Doc();
  private sent: Uint8Array;

  constructor(clientId: number) {
    this.doc.clientID = clientId;
    this.sent = Y.encodeStateVector(this.doc);
  }

  /** Performs one to three random operations; returns what is new since the last call. */
  act(random: Random): Uint8Array {
    if (Y.getState(this.doc.store, this.doc.clientID) > MAX_SCRATCH_TICKS) this.startAfresh();
    for (let i = 1 + random.below(3); i > 0; i--) {
      try {
        this.operate(random);
      } catch {
        // Yjs refused the value locally (a type it cannot store); the next operation goes on.
      }
    }
    const update = Y.encodeStateAsUpdate(this.doc, this.sent);
    this.sent = Y.encodeStateVector(this.doc);
    return update;
  }

  /** Sets a key twice: the second write's update deletes the first value. */
  overwrite(random: Random): Uint8Array {
    const meta = this.doc.getMap('meta');
    const key = someString(random, 20);
    for (let i = 0; i < 2; i++) {
      const value = someJson(random, 1);
      // An own property named `constructor` makes Yjs refuse the object locally; a number stands in.
      try {
        meta.set(key, value as never);
      } catch {
        meta.set(key, i);
      }
    }
    const update = Y.encodeStateAsUpdate(this.doc, this.sent);
    this.sent = Y.encodeStateVector(this.doc);
    return update;
  }

  destroy(): void {
    this.doc.destroy();
  }

  /** A new scratch document under the next client id, derived without a random draw so that a seed's messages stay the same. */
  private startAfresh(): void {
    const clientId = (Math.imul(this.doc.clientID, 2_654_435_761) >>> 0) || 1;
    this.doc.destroy();
    this.doc = new Y.Doc();
    this.doc.clientID = clientId;
    this.sent = Y.encodeStateVector(this.doc);
  }

  private operate(random: Random): void {
    const doc = this.doc;
    switch (random.below(9)) {
      case 0: {
        const text = doc.getText('notes');
        text.insert(random.below(text.length + 1), someString(random, 500) || 'x', random.chance(0.5) ? { bold: true, href: someString(random, 50) } : {});
        return;
      }
      case 1: {
        const text = doc.getText('notes');
        if (text.length > 0) text.format(random.below(text.length), 1 + random.below(text.length), { italic: random.chance(0.5) ? true : null });
        text.insertEmbed(random.below(text.length + 1), { image: someString(random, 100) });
        return;
      }
      case 2:
        doc.getMap('meta').set(someString(random, 20), someAny(random) as never);
        return;
      case 3: {
        const nested = new Y.Map<unknown>();
        doc.getArray('records').push([nested]);
        nested.set('inner', new Y.Array());
        (nested.get('inner') as Y.Array<unknown>).push([someJson(random), new Y.Text('t')]);
        return;
      }
      case 4:
        doc.getArray('records').push([new Y.Doc({ guid: `sub-${random.below(2 ** 31)}`, autoLoad: random.chance(0.5) })]);
        return;
      case 5:
        doc.getMap('docs').set(someString(random, 10), new Y.Doc({ guid: someString(random, 30) || 'g' }));
        return;
      case 6: {
        const element = new Y.XmlElement(random.pick(['p', 'script', 'img', 'a'])!);
        doc.getXmlFragment('xml').insert(0, [element]);
        element.setAttribute('onerror', someString(random, 50));
        element.insert(0, [new Y.XmlText(someString(random, 100))]);
        // Yjs's typings leave XmlHook out of insert; its code takes one.
        doc.getXmlFragment('xml').insert(1, [new Y.XmlHook('hook') as unknown as Y.XmlElement]);
        return;
      }
      case 7: {
        const text = doc.getText('notes');
        // A deletion of the author's own text: the relay's append-only rule has to see it.
        if (text.length > 0) text.delete(random.below(text.length), 1);
        else text.insert(0, 'deleted soon');
        return;
      }
      default:
        doc.getArray('records').push(Array.from({ length: 1 + random.below(3) }, () => someJson(random)));
    }
  }
}
