/**
 * A rough orthography the four languages share, for cognates: no doubled letters, ph→f, th→t,
 * k/q→c, y→i, w→v ("Palliativ", "paliativ", "palliative" and "palliatív" meet; so do "Klinik" and
 * "clinică"). Takes a lower-case word without diacritics.
 */
export function commonSpelling(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/[kq]/g, 'c')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}
