/**
 * The larger part of the search evaluation: bench/synthetic-ecosystem.ts (the search benchmark's
 * generator) as an interchange document, beside the demo. The demo's two cities are kept as the
 * demo has them (their aliases, Tremonia and Claudiopolis included); the generator's other cities
 * come with their aliases. Organisation keys become `gen-<n>`.
 *
 * The generator writes every offer, request and description from taxonomy concepts (a concept's
 * label or one of its synonyms in the text's language, put into a sentence template), and names
 * many organisations after their first concept. Which concepts an organisation was written from
 * is therefore read back from its name and texts here, by the concepts' own terms: that is the
 * "by construction" relevance of the generated queries.
 */
import { generateEcosystem, type Lang, type SyntheticOrganisation } from '../../../../bench/synthetic-ecosystem.ts';
import type { InterchangeDocument, InterchangeOrganisation } from '../../interchange/index.ts';
import { getTaxonomy } from '../../taxonomy/index.ts';

type InterchangeCity = NonNullable<InterchangeDocument['cities']>[number];

/** The 24 real cities of the generator (Dortmund, Cluj-Napoca, Sibiu, Brașov, Wien, …) and 16 generated ones. */
export const GENERATED_CITIES = 40;
/** The generator's default seed is used; its day only sets validity dates, which are left out. */
const TODAY = '2026-01-15';

export interface GeneratedOrganisation {
  key: string;
  name: string;
  kind: string;
  /** City key. */
  city: string;
  lang: Lang;
  /** Taxonomy concepts its name, description, offers and requests were written from. */
  concepts: Set<string>;
  /** Its description, offers and requests, lower-cased (for labels that need a particular word). */
  text: string;
}

export interface GeneratedWorld {
  document: InterchangeDocument;
  organisations: GeneratedOrganisation[];
  /** City key → name and aliases (for writing queries that name a city as a user would). */
  cities: Map<string, { name: string; aliases: string[] }>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per concept over all its terms in all four languages, whole words only. */
function conceptPatterns(): { key: string; pattern: RegExp }[] {
  return getTaxonomy().concepts.map((c) => {
    const terms = (['de', 'ro', 'en', 'hu'] as const).flatMap((l) => [c.labels[l], ...c.synonyms[l]]).filter((t) => t.length >= 2);
    const alternatives = [...new Set(terms.map((t) => t.toLowerCase()))].sort((a, b) => b.length - a.length).map(escape);
    return { key: c.key, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu') };
  });
}

/**
 * The generator's sentence templates contain a few words that are also synonyms ("research
 * partners", "testbed", "Forschungspartner", "Testumgebung", "für Fachkräfte"): they are removed before reading
 * the concepts back, so that a template alone does not make an organisation "about" them.
 */
const templateWords = [
  /research partners/gi,
  /Forschungspartner/g,
  /parteneri de cercetare/gi,
  /testbed/gi,
  /Testumgebung/g,
  /partner cities/gi,
  /für Fachkräfte/g,
];

function conceptsIn(texts: string[], patterns: { key: string; pattern: RegExp }[]): Set<string> {
  const found = new Set<string>();
  for (const raw of texts) {
    const text = templateWords.reduce((t, w) => t.replace(w, ' '), raw);
    for (const { key, pattern } of patterns) if (pattern.test(text)) found.add(key);
  }
  return found;
}

/**
 * The generator names many organisations after their first topic with the first word of its label
 * ("Bürgerinitiative Wasserstoff Köln", "Inkubatorenwerk Dortmund GmbH"): such a word names the
 * concept when no other concept's label starts with it ("Digitale" starts five, so it names none).
 */
/** First words of labels that the generator's name templates use for something else ("Agenția de Dezvoltare", "{s} Technologies", "Civil … Kör"). */
const nameTemplateWords = new Set(['dezvoltare', 'technology', 'civil']);

function namePatterns(): { key: string; pattern: RegExp }[] {
  const byWord = new Map<string, Set<string>>();
  for (const c of getTaxonomy().concepts) {
    for (const l of ['de', 'ro', 'en', 'hu'] as const) {
      const word = c.labels[l].split(/[ ,]/)[0].toLowerCase();
      if (word.length >= 4 && !nameTemplateWords.has(word)) byWord.set(word, (byWord.get(word) ?? new Set()).add(c.key));
    }
  }
  return [...byWord]
    .filter(([, keys]) => keys.size === 1)
    .map(([word, keys]) => ({ key: [...keys][0], pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}`, 'iu') }));
}

function toInterchange(o: SyntheticOrganisation, key: string, cityKey: string): InterchangeOrganisation {
  const items = (direction: 'offer' | 'request') =>
    o.items
      .filter((i) => i.direction === direction)
      // Validity is left out: every generated offer and request stands, so labels need no date.
      .map((i) => ({ category: i.category, lang: i.lang, title: i.title, text: i.text, ...(i.themes.length ? { themes: i.themes } : {}) }));
  return {
    key,
    name: o.name,
    kind: o.kind,
    city: cityKey,
    languages: [o.lang],
    description: o.description,
    themes: o.themes,
    offers: items('offer'),
    requests: items('request'),
  };
}

/**
 * `organisations` generated organisations in GENERATED_CITIES cities; `demoCities` are the keys of
 * the cities the demo brings (left out of the generated document so that the demo's stay).
 */
export function generatedWorld(organisations: number, demoCities: readonly string[]): GeneratedWorld {
  const eco = generateEcosystem({ organisations, cities: GENERATED_CITIES, today: TODAY });
  const cityKey = new Map(eco.cities.map((c) => [c.id, c.key]));
  const cities: InterchangeCity[] = eco.cities
    .filter((c) => !demoCities.includes(c.key))
    .map((c) => ({ key: c.key, name: c.name, country: c.country, ...(c.aliases.length ? { aliases: c.aliases } : {}) }));
  const patterns = conceptPatterns();
  const nameWords = namePatterns();
  const out: GeneratedOrganisation[] = [];
  const docs: InterchangeOrganisation[] = [];
  let n = 0;
  for (const o of eco.organisations()) {
    const key = `gen-${n++}`;
    const city = cityKey.get(o.cityId)!;
    docs.push(toInterchange(o, key, city));
    const texts = [...o.description.map((d) => d.text), ...o.items.flatMap((i) => [i.title, i.text])];
    // The city is left out of the name: "Essen" or "Raab" name no concept.
    const name = o.name.replace(eco.cities.find((c) => c.id === o.cityId)!.name, ' ');
    const concepts = new Set([...conceptsIn([...texts, name], patterns), ...nameWords.filter((w) => w.pattern.test(name)).map((w) => w.key)]);
    out.push({ key, name: o.name, kind: o.kind, city, lang: o.lang, concepts, text: texts.join(' ').toLowerCase() });
  }
  return {
    document: { format: 'pontis-interchange/1', cities, organisations: docs },
    organisations: out,
    cities: new Map(eco.cities.map((c) => [c.key, { name: c.name, aliases: c.aliases.map((a) => a.name) }])),
  };
}
