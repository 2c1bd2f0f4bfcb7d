/** Shapes that stay distinct in black and white and on a washed-out projector (R2). */
export const GROUP_SYMBOLS = ['●', '■', '▲', '◆', '★', '✚', '♥', '♣', '♠', '⬟', '⬢', '✿'] as const;

/** Group 1 gets the first symbol; after twelve groups the number keeps them apart. */
export function groupSymbol(groupNumber: number): string {
  return GROUP_SYMBOLS[(groupNumber - 1) % GROUP_SYMBOLS.length] ?? '●';
}
