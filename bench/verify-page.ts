// Runs in Chromium (bundled by verify.bench.ts): deriving a signed session's view in the browser,
// with WebCrypto verification, cold and with the verdict cache warm (validation kept or not).
import * as Y from 'yjs';
import { deriveView, replay, sortRecords, type KeptParses } from '../src/domain/derive.ts';
import type { WorkshopRecord } from '../src/domain/records.ts';
import type { TrustContext } from '../src/domain/trust.ts';
import { recordsOf } from '../src/doc/schema.ts';
import { WorkshopStore } from '../src/doc/store.ts';

const ALL_AUTHENTIC: TrustContext = { anchor: null, authenticity: () => 'authentic' };

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(run: () => unknown | Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export async function measureVerification(records: WorkshopRecord[], roomId: string, anchor: string, runs: number) {
  const source = new Y.Doc();
  recordsOf(source).insert(0, records);
  const update = Y.encodeStateAsUpdate(source);
  const cold: number[] = [];
  const warm: number[] = [];
  const warmKept: number[] = [];
  const unsigned: number[] = [];
  let verifications = 0;
  let verificationsAfterRebuild = 0;
  let proposals = 0;
  for (let run = 0; run < runs; run++) {
    // Cold: a page opening the session, every signature checked once (WebCrypto, in parallel).
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    let store!: WorkshopStore;
    cold.push(await time(async () => {
      store = new WorkshopStore(doc, { roomId, anchor });
      await store.settled();
    }));
    verifications = store.verifier.verifications;
    proposals = store.view.proposals.length;
    // Warm: the same records derived again from scratch (a replay), every verdict from the cache.
    const raw = recordsOf(doc).toArray();
    warm.push(await time(() => replay(sortRecords(raw).records, store.trust).view()));
    // Warm, validation kept as the store keeps it: the same record objects, so each verdict is found by object.
    const kept: KeptParses = new WeakMap();
    replay(sortRecords(raw, kept).records, store.trust);
    warmKept.push(await time(() => replay(sortRecords(raw, kept).records, store.trust).view()));
    verificationsAfterRebuild = store.verifier.verifications;
    unsigned.push(await time(() => deriveView(raw, ALL_AUTHENTIC)));
    store.destroy();
  }
  return {
    records: records.length,
    proposals,
    coldMedianMs: median(cold),
    coldRunsMs: cold,
    perRecordColdUs: (median(cold) / records.length) * 1000,
    warmMedianMs: median(warm),
    warmKeptMedianMs: median(warmKept),
    withoutSignaturesMedianMs: median(unsigned),
    verifications,
    verificationsAfterRebuild,
  };
}

(globalThis as unknown as { measureVerification: typeof measureVerification }).measureVerification = measureVerification;
