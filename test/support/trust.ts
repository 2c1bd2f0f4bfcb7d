import type { TrustContext } from '../../src/domain/trust.ts';

/**
 * For tests of the rules (R1–R8) written with unsigned records: every record counts as authentic.
 * Signatures have their own tests (test/domain/trust.test.ts, test/doc/signed-*.test.ts); production code
 * has no such context.
 */
export const TRUST_ALL: TrustContext = Object.freeze({ anchor: null, authenticity: () => 'authentic' as const });
