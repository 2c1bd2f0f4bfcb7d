/**
 * Text as compared when case and presentation should not matter: compatibility forms (full-width letters,
 * ligatures) made plain by NFKC, then case folded the same way on every replica and in every locale.
 * JavaScript has no full case folding: lower, upper, lower again approximates it (ß, ẞ and SS all become
 * "ss"; ς and σ agree), while toLocaleLowerCase would depend on the reader's locale (Turkish İ/ı).
 * The second NFKC puts back together what a case mapping may have taken apart.
 */
export function caseless(text: string): string {
  return text.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().normalize('NFKC');
}
