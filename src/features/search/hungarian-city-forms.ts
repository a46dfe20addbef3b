/**
 * Hungarian inflects a city's name instead of putting a preposition before it: "kolozsvári
 * egyetemek" (Cluj's universities), "informatikai cégek Kolozsváron" (in Cluj), "Dortmundban",
 * "Bécsből". A query word that is not itself a city's name is also looked up as the name it may
 * be an inflection of. Words are folded (no accents, lower case), as city names are looked up.
 */

/**
 * The adjective (-i) and the case endings that name a place: in, into, from, on, onto, off, to,
 * from beside, at (inessive to ablative, superessive to delative, allative, ablative, adessive),
 * folded: -ból and -ből are both "bol". Longest first, so "-ban" is tried before "-n".
 */
const PLACE_ENDINGS = ['bol', 'rol', 'tol', 'hoz', 'hez', 'nal', 'nel', 'ban', 'ben', 'ba', 'be', 'ra', 're', 'on', 'en', 'i', 'n'] as const;

/** City names are at least this long once the ending is taken off ("Pécs", "Győr"): shorter bases match by accident. */
const MIN_BASE = 4;

/**
 * The city names a folded Hungarian word may be an inflected form of, longest base first:
 * "kolozsvaron" → ["kolozsvar", "kolozsvaro"]. The caller keeps only bases that are names; the
 * word itself is not among them.
 */
export function hungarianCityBases(folded: string): string[] {
  const bases: string[] = [];
  for (const ending of PLACE_ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= MIN_BASE) bases.push(folded.slice(0, -ending.length));
  }
  // "Dortmunddal" (with Dortmund): the instrumental doubles the name's last consonant.
  const instrumental = /^(.*?)(.)\2(?:al|el)$/.exec(folded);
  if (instrumental && instrumental[1].length + 1 >= MIN_BASE) bases.push(instrumental[1] + instrumental[2]);
  return [...new Set(bases)].sort((a, b) => b.length - a.length);
}
