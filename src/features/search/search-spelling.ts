/**
 * British and American spellings of a query word (issue 14): the app writes "Digitalisation",
 * organisations write "digitalization", and the English stemmer keeps them apart ("digitalis",
 * "digit"). The query asks for every spelling; the index keeps each text as written.
 */

/** Pairs written differently on either side of the Atlantic, whole words (their plurals follow). */
const wordPairs: [string, string][] = [
  ['centre', 'center'],
  ['theatre', 'theater'],
  ['metre', 'meter'],
  ['litre', 'liter'],
  ['fibre', 'fiber'],
  ['programme', 'program'],
  ['catalogue', 'catalog'],
  ['dialogue', 'dialog'],
  ['analogue', 'analog'],
  ['licence', 'license'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['ageing', 'aging'],
  ['aluminium', 'aluminum'],
  ['grey', 'gray'],
  ['mould', 'mold'],
  ['tyre', 'tire'],
  ['colour', 'color'],
  ['favour', 'favor'],
  ['behaviour', 'behavior'],
  ['labour', 'labor'],
  ['neighbour', 'neighbor'],
  ['neighbourhood', 'neighborhood'],
  ['harbour', 'harbor'],
  ['honour', 'honor'],
  ['flavour', 'flavor'],
  ['vapour', 'vapor'],
  ['odour', 'odor'],
  ['humour', 'humor'],
  ['endeavour', 'endeavor'],
  ['modelling', 'modeling'],
  ['modelled', 'modeled'],
  ['travelling', 'traveling'],
  ['travelled', 'traveled'],
  ['labelling', 'labeling'],
  ['labelled', 'labeled'],
  ['cancelled', 'canceled'],
  ['counselling', 'counseling'],
  ['fuelled', 'fueled'],
  ['enrolment', 'enrollment'],
  ['fulfil', 'fulfill'],
  ['analyse', 'analyze'],
  ['analysed', 'analyzed'],
  ['analysing', 'analyzing'],
  ['paralyse', 'paralyze'],
  ['catalyse', 'catalyze'],
];

const pairOf = new Map<string, string>();
for (const [british, american] of wordPairs) {
  pairOf.set(british, american);
  pairOf.set(american, british);
  // Plurals and third persons: "centres", "programmes", "colours".
  pairOf.set(`${british}s`, `${american}s`);
  pairOf.set(`${american}s`, `${british}s`);
}

/** Words ending in -ise that have no -ize spelling ("expertise" is not "expertize"). */
const onlyIse = new Set(
  (
    'advertise advise chastise comprise compromise concise demise despise devise disguise enterprise excise exercise expertise ' +
    'franchise improvise incise merchandise noise otherwise paradise porpoise praise precise premise promise raise reprise ' +
    'revise rise supervise surmise surprise televise tortoise treatise turquoise wise cruise'
  ).split(' '),
);

/** -isation/-ization in any language's word ("digitalisation"); -ise/-ize only in English texts. */
const SUFFIXES: [RegExp, string, string][] = [
  [/isation(s?)$/, 'isation', 'ization'],
  [/ization(s?)$/, 'ization', 'isation'],
];
const ENGLISH_SUFFIXES: [RegExp, string, string][] = [
  [/ise(s|d|r|rs)?$/, 'ise', 'ize'],
  [/ize(s|d|r|rs)?$/, 'ize', 'ise'],
  [/ising$/, 'ising', 'izing'],
  [/izing$/, 'izing', 'ising'],
];

/** The other spellings of one word (lower case; none for most words). */
export function spellingVariants(word: string, lang: string | null): string[] {
  const w = word.toLowerCase();
  const pair = pairOf.get(w);
  if (pair) return [pair];
  for (const [pattern, from, to] of SUFFIXES) if (pattern.test(w)) return [w.replace(new RegExp(`${from}(s?)$`), `${to}$1`)];
  // German "Reise", Romanian "analize": the -ise rule would invent words there.
  if (lang && lang !== 'en') return [];
  for (const [pattern, from, to] of ENGLISH_SUFFIXES) {
    if (!pattern.test(w) || w.length < 7) continue;
    const base = w.replace(pattern, 'ise');
    // Exact, or as the end of a longer word ("self-enterprise"); short ones ("rise") only exactly: "summarise".
    if (onlyIse.has(base) || [...onlyIse].some((x) => x.length >= 6 && base.endsWith(x))) return [];
    return [w.replace(new RegExp(`${from}(s|d|r|rs)?$`), `${to}$1`)];
  }
  return [];
}

/** The text with every word that has another spelling written in that one (for the concept tagger). */
export function respelled(text: string, lang: string | null): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (w) => spellingVariants(w, lang)[0] ?? w);
}
