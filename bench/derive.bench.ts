// Deriving the view: from scratch, one record at a time, bytes per record, and loading a stored document.
import * as Y from 'yjs';
import { deriveView, replay, sortRecords, type KeptParses } from '../src/domain/derive.ts';
import type { WorkshopRecord } from '../src/domain/records.ts';
import type { WorkshopView } from '../src/domain/view.ts';
import type { TrustContext } from '../src/domain/trust.ts';
import { recordsOf } from '../src/doc/schema.ts';
import { WorkshopStore } from '../src/doc/store.ts';
import { generateSession, seededRandom } from './session-generator.ts';
import { measure, percentiles, round } from './stats.ts';

/**
 * The generated session is unsigned: these figures are the pure derivation, every record counted as authentic
 * (as if its signature had been checked). Verifying signatures is measured on its own.
 */
const ALL_AUTHENTIC: TrustContext = Object.freeze({ anchor: null, authenticity: () => 'authentic' as const });
const BENCH_ROOM = 'bench-room-aaaaaaaaaaa';

const shuffled = <T>(list: readonly T[], seed: number): T[] => {
  const random = seededRandom(seed);
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};

/** A document as many groups would write it: each group its own Yjs client, one record per transaction. */
function buildDoc(records: readonly WorkshopRecord[]): Y.Doc {
  const doc = new Y.Doc();
  const clientIds = new Map<string, number>();
  const array = recordsOf(doc);
  for (const record of records) {
    doc.clientID = clientIds.get(record.author) ?? clientIds.set(record.author, 1000 + clientIds.size).get(record.author)!;
    doc.transact(() => array.insert(array.length, [record]));
  }
  return doc;
}

/** The records as a browser reads them: encoded by Yjs, stored, decoded into a fresh document. */
function asStored(records: readonly WorkshopRecord[]): unknown[] {
  const loaded = new Y.Doc();
  Y.applyUpdate(loaded, Y.encodeStateAsUpdate(buildDoc(records)));
  return recordsOf(loaded).toArray();
}

/**
 * A document decoded afresh each time, so every value is validated for the first time: what a page opening the
 * document pays once, validation results kept for the rebuilds after it. The decoding is not counted.
 */
function firstDerivation(records: readonly WorkshopRecord[], times: number) {
  const update = Y.encodeStateAsUpdate(buildDoc(records));
  const samples: number[] = [];
  for (let i = -1; i < times; i++) {
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, update);
    const values = recordsOf(loaded).toArray();
    const started = performance.now();
    deriveView(values, ALL_AUTHENTIC, new WeakMap());
    if (i >= 0) samples.push(performance.now() - started);
  }
  const { p50, p95 } = percentiles(samples)!;
  return { median: p50, p95, min: round(Math.min(...samples)) };
}

/**
 * Validate, sort and replay `count` records: in document order (a Y.Array holds records roughly in
 * the order they were written) and shuffled (the worst case for the sort). `ms` validates every value each
 * time; `keptMs` keeps each value's validation as the store does, so a rebuild validates nothing twice.
 */
function deriveFromScratch(count: number) {
  const generated = generateSession(count);
  const inDocumentOrder = asStored(generated);
  const inRandomOrder = shuffled(inDocumentOrder, count);
  const view = deriveView(inDocumentOrder, ALL_AUTHENTIC);
  const times = count >= 100_000 ? 7 : count >= 10_000 ? 20 : 100;
  const { records } = sortRecords(inDocumentOrder);
  const kept: KeptParses = new WeakMap();
  return {
    records: count,
    proposals: view.proposals.length,
    revisions: view.proposals.reduce((sum, p) => sum + p.revisions.length, 0),
    notAdmitted: view.notAdmitted.length,
    ms: measure(times, () => deriveView(inDocumentOrder, ALL_AUTHENTIC)),
    shuffledMs: measure(times, () => deriveView(inRandomOrder, ALL_AUTHENTIC)),
    keptMs: measure(times, () => deriveView(inDocumentOrder, ALL_AUTHENTIC, kept)),
    firstMs: firstDerivation(generated, Math.min(times, 5)),
    phases: {
      validateAndSortMs: measure(times, () => sortRecords(inDocumentOrder)),
      replayMs: measure(times, () => replay(records, ALL_AUTHENTIC).view()),
    },
  };
}

/** How fast this machine is at plain object work, to read the other figures against. */
function calibration() {
  const objects = generateSession(100_000) as unknown as Array<Record<string, unknown>>;
  return {
    copy100kObjectsMs: measure(10, () => objects.map((o) => ({ id: o.id, author: o.author, hlc: o.hlc, kind: o.kind }))),
  };
}

function applyOneRecord(count: number) {
  const all = generateSession(count + 1000);
  const { records } = sortRecords(all);
  const reducer = replay(records.slice(0, count), ALL_AUTHENTIC);
  reducer.view();
  const next = records.slice(count);
  return {
    records: count,
    ms: measure(next.length - 1, (i) => {
      reducer.apply(next[i + 1]!);
      reducer.view();
    }),
  };
}

/**
 * A record this tab wrote, through Yjs and the store. The store applies a record at once when its verdict
 * is known (the writer vouches for what it signs); here every record is vouched for beforehand, outside
 * the measurement, so the figure is the store's apply path, without signing or verifying.
 */
async function applyOneRecordThroughYjs(count: number, junk: 'none' | 'far-future' = 'none') {
  const all = generateSession(count + 500);
  const doc = buildDoc(all.slice(0, count));
  const store = new WorkshopStore(doc, { roomId: BENCH_ROOM, anchor: null });
  for (const record of all) store.verifier.vouch(record);
  await store.settled();
  const array = recordsOf(doc);
  if (junk === 'far-future') {
    // A record by no group dated as far ahead as a reading goes: every later record sorts before it.
    const farFuture = { v: 1, id: 'junk0000', author: 'nobody00', hlc: [Number.MAX_SAFE_INTEGER, 0], kind: 'add', text: 'junk' } as const;
    store.verifier.vouch(farFuture as unknown as WorkshopRecord);
    doc.clientID = 999_998;
    doc.transact(() => array.insert(array.length, [farFuture]));
  }
  const replaysBefore = store.replays;
  const next = all.slice(count);
  doc.clientID = 999_999;
  const result = {
    records: count,
    junk,
    ms: measure(next.length - 1, (i) => doc.transact(() => array.insert(array.length, [next[i + 1]!]))),
    replays: store.replays - replaysBefore,
  };
  const junkDiagnostics = junk === 'none' ? 0 : 1;
  if (store.view.appliedRecords < count + next.length - 1 || store.view.diagnostics.length !== junkDiagnostics) throw new Error('store lost records');
  return result;
}

function documentSize(count: number) {
  const records = generateSession(count);
  const doc = buildDoc(records);
  const update = Y.encodeStateAsUpdate(doc);
  const json = records.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
  return { records: count, bytes: update.byteLength, bytesPerRecord: round(update.byteLength / count), jsonBytesPerRecord: round(json / count) };
}

/** A stored document decoded and derived (the store's first rebuild, without its signature checks). */
function loadDocument(count: number) {
  const update = Y.encodeStateAsUpdate(buildDoc(generateSession(count)));
  let view = null as WorkshopStore['view'] | null;
  const applyUpdate = measure(10, () => Y.applyUpdate(new Y.Doc(), update));
  const loadAndDerive = measure(10, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    view = deriveView(recordsOf(doc).toArray(), ALL_AUTHENTIC);
  });
  if (!view || view.appliedRecords !== count) throw new Error('load lost records');
  return { records: count, updateBytes: update.byteLength, applyUpdateMs: applyUpdate, loadAndDeriveMs: loadAndDerive };
}

/** Bytes the heap holds after a full collection (bench/run.ts passes --expose-gc). */
function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/** Heap bytes `make`'s result keeps alive, and the result. */
function retained<T>(make: () => T): { bytes: number; value: T } {
  const before = heapAfterGc();
  const value = make();
  return { bytes: heapAfterGc() - before, value };
}

/** Milliseconds until a page opened on `update` shows its view: decode, validate, verify (vouched), replay. */
async function openPage(update: Uint8Array, honest: readonly WorkshopRecord[]) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const store = new WorkshopStore(doc, { roomId: BENCH_ROOM, anchor: null });
  for (const record of honest) store.verifier.vouch(record);
  await store.settled();
  return { doc, store };
}

interface ShownFigures {
  proposals: number;
  diagnostics: number;
  notAnObject: number | undefined;
}
const shownFigures = (view: WorkshopView): ShownFigures => ({
  proposals: view.proposals.length,
  diagnostics: view.diagnostics.length,
  notAnObject: view.diagnosticCounts.find((c) => c.reason === 'not-an-object')?.count,
});

/**
 * One page opened and measured in a call of its own, so nothing of it outlives the call (an async function's
 * locals can outlive a loop iteration): time until settled, and heap it keeps once settled.
 */
async function measurePage(update: Uint8Array, honest: readonly WorkshopRecord[]) {
  const before = heapAfterGc();
  const started = performance.now();
  const page = await openPage(update, honest);
  const ms = performance.now() - started;
  // The document, the store and its view, all kept by the page once it settled.
  const bytes = heapAfterGc() - before;
  page.store.destroy();
  return { ms, bytes, shown: shownFigures(page.store.view) };
}

/**
 * 500,000 junk values (bare numbers: 1.2 MB of document, each one a diagnostic) beside an honest session,
 * against none: the time a newly opened page takes, and the memory its document and view keep.
 */
async function junkValues(count: number, junk: number) {
  const honest = generateSession(count);
  const cleanDoc = buildDoc(honest);
  const clean = Y.encodeStateAsUpdate(cleanDoc);
  recordsOf(cleanDoc).push(Array.from({ length: junk }, (_, i) => i));
  const dirty = Y.encodeStateAsUpdate(cleanDoc);
  // Alternated, after a warm-up of each, so a machine getting busier does not favour either.
  const pages = { none: clean, junk: dirty };
  const samples = { none: [] as number[], junk: [] as number[] };
  const heap = { none: [] as number[], junk: [] as number[] };
  const shown = { none: null as ShownFigures | null, junk: null as ShownFigures | null };
  for (let i = -1; i < 7; i++) {
    for (const name of ['none', 'junk'] as const) {
      const measured = await measurePage(pages[name], honest);
      shown[name] = measured.shown;
      if (i < 0) continue;
      samples[name].push(measured.ms);
      heap[name].push(measured.bytes);
    }
  }
  const none = percentiles(samples.none)!;
  const some = percentiles(samples.junk)!;
  const heapNone = percentiles(heap.none)!.p50;
  const heapJunk = percentiles(heap.junk)!.p50;
  const withoutJunk = shown.none!;
  const withJunk = shown.junk!;
  const values = recordsOf(cleanDoc).toArray();
  const deriveNone = measure(7, () => deriveView(values.slice(0, count), ALL_AUTHENTIC));
  const deriveJunk = measure(7, () => deriveView(values, ALL_AUTHENTIC));
  const derived = retained(() => deriveView(values, ALL_AUTHENTIC));
  const cleanDerived = retained(() => deriveView(values.slice(0, count), ALL_AUTHENTIC));
  if (withJunk.notAnObject !== junk || !withoutJunk.proposals || withJunk.proposals !== withoutJunk.proposals) throw new Error('junk changed the view');
  if (withJunk.diagnostics > 20) throw new Error('diagnostics not bounded');
  return {
    records: count,
    junkValues: junk,
    junkDocumentBytes: dirty.byteLength - clean.byteLength,
    // Opening a page includes Yjs decoding the junk; deriving is this project's own validation and replay.
    openPageMs: { none, junk: some, extraMedian: round(some.p50 - none.p50) },
    deriveMs: { none: deriveNone, junk: deriveJunk, extraMedian: round(deriveJunk.median - deriveNone.median) },
    pageHeapBytes: { none: heapNone, junk: heapJunk, extra: heapJunk - heapNone },
    derivedViewHeapBytes: { none: cleanDerived.bytes, junk: derived.bytes, extra: derived.bytes - cleanDerived.bytes },
    diagnosticsKept: withJunk.diagnostics,
  };
}

const derive = [1_000, 10_000, 100_000].map(deriveFromScratch);
const applyOne = [10_000, 100_000].map(applyOneRecord);
const applyOneYjs = [await applyOneRecordThroughYjs(10_000), await applyOneRecordThroughYjs(100_000)];
const applyOneBesideJunk = await applyOneRecordThroughYjs(10_000, 'far-future');
const size = documentSize(10_000);
const load = loadDocument(10_000);
const junk = await junkValues(1_000, 500_000);

const result = {
  calibration: calibration(),
  scenario: 'a 40-group session: 4% adds (some after the cap), 21% edits, 75% endorsements/withdrawals',
  node: process.version,
  deriveFromScratch: derive,
  applyOneRecord: applyOne,
  applyOneRecordThroughYjs: applyOneYjs,
  applyOneRecordBesideFarFutureJunk: applyOneBesideJunk,
  documentSize: size,
  loadDocument: load,
  junkValues: junk,
  budgets: {
    derive10kMedianMs: { budget: 10, measured: derive[1]!.ms.median, ok: derive[1]!.ms.median <= 10 },
    derive100kMedianMs: { budget: 150, measured: derive[2]!.ms.median, ok: derive[2]!.ms.median <= 150 },
    derive100kKeptMedianMs: { budget: 150, measured: derive[2]!.keptMs.median, ok: derive[2]!.keptMs.median <= 150 },
    applyOneP95Ms: { budget: 1, measured: applyOneYjs[1]!.ms.p95, ok: applyOneYjs[1]!.ms.p95 <= 1 },
    applyOneBesideFarFutureJunkP95Ms: { budget: 1, measured: applyOneBesideJunk.ms.p95, ok: applyOneBesideJunk.ms.p95 <= 1 },
    // Unsigned: the signed figure, what a real document holds, is in verify.bench.ts.
    bytesPerUnsignedRecord: { budget: 200, measured: size.bytesPerRecord, ok: size.bytesPerRecord <= 200 },
    junkExtraOpenPageMs: { budget: 100, measured: junk.openPageMs.extraMedian, ok: junk.openPageMs.extraMedian <= 100 },
    junkExtraDeriveMs: { budget: 100, measured: junk.deriveMs.extraMedian, ok: junk.deriveMs.extraMedian <= 100 },
    junkExtraPageHeapMB: { budget: 10, measured: round(junk.pageHeapBytes.extra / 1e6), ok: junk.pageHeapBytes.extra <= 10e6 },
  },
};
console.log(JSON.stringify(result, null, 2));
