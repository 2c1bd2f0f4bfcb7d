/**
 * How large one value in the document may be. The app pushes one plain JSON object per workshop
 * record into the root array `records` (src/doc/schema.ts); anything outside these bounds is no record.
 */
export interface ShapeLimits {
  /**
   * Containers nested in one value, the value itself included: a record object is 1, its `hlc` array
   * or `continues` list 2, an entry of `continues` or `phases` 3 (the deepest record today).
   */
  maxValueDepth: number;
  /**
   * Encoded bytes of one value. A record's longest text is 1,000 code points, accepted with up to
   * 3,024 UTF-16 units before trimming (src/domain/validate.ts): ~9 KB in UTF-8. A future "candidate"
   * record with that text plus translations into about five languages is ~55 KB at worst.
   */
  maxValueBytes: number;
}

export const defaultShapeLimits: Readonly<ShapeLimits> = Object.freeze({
  // Today's deepest record is 3 levels: room for a future field or two without a relay upgrade.
  maxValueDepth: 8,
  // Twice the worst future candidate record; eight of them still fit a 1 MiB message.
  maxValueBytes: 128 * 1024,
});
