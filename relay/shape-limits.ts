/**
 * How large one value in the document may be. The app pushes one plain JSON object per workshop
 * record into the root array `records` (src/doc/schema.ts); anything outside these bounds is no record.
 */
export interface ShapeLimits {
  /**
   * Containers nested in one value, the value itself included: a record object is 1, its `hlc` array
   * or `continues` list 2, an entry of `continues` or `phases` 3; a candidate's proof is 2, a proof record 3,
   * its `hlc` or `continues` 4, an entry of `continues` 5 (the deepest record today).
   */
  maxValueDepth: number;
  /**
   * Encoded bytes of one value. A record's longest text is 1,000 code points, accepted with up to
   * 3,024 UTF-16 units before trimming (src/domain/validate.ts): ~9 KB in UTF-8. The largest record is a
   * convergence session's "candidate": the app keeps each one within 96 KiB as JSON (src/domain/proof-selection.ts,
   * PROOF_CAP_BYTES), and its encoding here is no larger than its JSON but for a few bytes.
   */
  maxValueBytes: number;
}

export const defaultShapeLimits: Readonly<ShapeLimits> = Object.freeze({
  // Today's deepest record is 5 levels (a continued session record inside a candidate's proof): room for a field more.
  maxValueDepth: 8,
  // The app's 96 KiB cap on a candidate and 4 KiB to spare; ten of them still fit a 1 MiB message.
  maxValueBytes: 100 * 1024,
});
