/**
 * Folds a name for lookup: lower case, no diacritics, Romanian comma and cedilla letters
 * unified, German sharp s as ss. "Kolozsvár", "KOLOZSVAR" and "kolozsvar" meet here.
 */
export function foldForLookup(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

/** A key in the interchange format's shape (^[a-z0-9][a-z0-9-]{0,79}$) derived from a name. */
export function keyFromName(name: string): string {
  const key = foldForLookup(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return key || 'item';
}
