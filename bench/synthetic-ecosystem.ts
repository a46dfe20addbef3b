/**
 * A synthetic ecosystem for the search benchmark: cities (some with aliases in other languages),
 * organisations with names and descriptions in German, Romanian, English and Hungarian, and
 * offers and requests written from the taxonomy's own labels and synonyms with sentence
 * templates, so that concept search, stemming and typos meet realistic text. Deterministic:
 * the same seed and sizes always give the same data (ids included).
 */
import { organisationKinds, itemCategories } from '../src/features/organisations/organisations.schemas.ts';
import { getTaxonomy, type TaxonomyConcept } from '../src/features/taxonomy/taxonomy.ts';

export type Lang = 'de' | 'ro' | 'en' | 'hu';

export interface SyntheticCity {
  id: string;
  key: string;
  name: string;
  country: string;
  lang: Lang;
  aliases: { name: string; lang: Lang }[];
}

export interface SyntheticItem {
  id: string;
  direction: 'offer' | 'request';
  position: number;
  category: string;
  lang: Lang;
  title: string;
  text: string;
  themes: string[];
  validUntil: string | null;
}

export interface SyntheticOrganisation {
  id: string;
  key: string;
  name: string;
  kind: string;
  cityId: string;
  lang: Lang;
  description: { lang: Lang; text: string }[];
  themes: string[];
  items: SyntheticItem[];
}

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic UUID (version 4 layout) from the generator. */
function uuidFrom(rnd: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** Real cities first (with their names in the partner languages), then generated ones. */
const realCities: { name: string; country: string; lang: Lang; aliases?: [string, Lang][] }[] = [
  { name: 'Dortmund', country: 'DE', lang: 'de' },
  { name: 'Cluj-Napoca', country: 'RO', lang: 'ro', aliases: [['Klausenburg', 'de'], ['Kolozsvár', 'hu'], ['Cluj', 'ro']] },
  { name: 'Sibiu', country: 'RO', lang: 'ro', aliases: [['Hermannstadt', 'de'], ['Nagyszeben', 'hu']] },
  { name: 'Brașov', country: 'RO', lang: 'ro', aliases: [['Kronstadt', 'de'], ['Brassó', 'hu']] },
  { name: 'Timișoara', country: 'RO', lang: 'ro', aliases: [['Temeswar', 'de'], ['Temesvár', 'hu']] },
  { name: 'Oradea', country: 'RO', lang: 'ro', aliases: [['Großwardein', 'de'], ['Nagyvárad', 'hu']] },
  { name: 'Târgu Mureș', country: 'RO', lang: 'hu', aliases: [['Marosvásárhely', 'hu'], ['Neumarkt am Mieresch', 'de']] },
  { name: 'Satu Mare', country: 'RO', lang: 'ro', aliases: [['Szatmárnémeti', 'hu'], ['Sathmar', 'de']] },
  { name: 'București', country: 'RO', lang: 'ro', aliases: [['Bukarest', 'de'], ['Bucharest', 'en']] },
  { name: 'Iași', country: 'RO', lang: 'ro', aliases: [['Jassy', 'de'], ['Jászvásár', 'hu']] },
  { name: 'Budapest', country: 'HU', lang: 'hu' },
  { name: 'Debrecen', country: 'HU', lang: 'hu' },
  { name: 'Szeged', country: 'HU', lang: 'hu', aliases: [['Segedin', 'de']] },
  { name: 'Pécs', country: 'HU', lang: 'hu', aliases: [['Fünfkirchen', 'de']] },
  { name: 'Győr', country: 'HU', lang: 'hu', aliases: [['Raab', 'de']] },
  { name: 'Köln', country: 'DE', lang: 'de', aliases: [['Cologne', 'en'], ['Kölle', 'de']] },
  { name: 'München', country: 'DE', lang: 'de', aliases: [['Munich', 'en'], ['München', 'hu']] },
  { name: 'Bochum', country: 'DE', lang: 'de' },
  { name: 'Essen', country: 'DE', lang: 'de' },
  { name: 'Leipzig', country: 'DE', lang: 'de', aliases: [['Lipsca', 'ro'], ['Lipcse', 'hu']] },
  { name: 'Wien', country: 'AT', lang: 'de', aliases: [['Vienna', 'en'], ['Viena', 'ro'], ['Bécs', 'hu']] },
  { name: 'Leeds', country: 'GB', lang: 'en' },
  { name: 'Dublin', country: 'IE', lang: 'en' },
  { name: 'Manchester', country: 'GB', lang: 'en' },
];

const syllables: Record<Lang, { first: string[]; last: string[]; country: string }> = {
  de: { first: ['Alt', 'Neu', 'Ober', 'Nieder', 'Rein', 'Bad ', 'Sankt ', 'Hohen', 'Wester', 'Oster', 'Linden', 'Eichen', 'Birken', 'Stein', 'Mühl'], last: ['feld', 'dorf', 'hausen', 'heim', 'burg', 'bach', 'stadt', 'berg', 'hagen', 'au', 'brück', 'rode'], country: 'DE' },
  ro: { first: ['Valea ', 'Piatra ', 'Baia ', 'Câmpu', 'Dealu', 'Râmnicu ', 'Turnu ', 'Sighi', 'Medi', 'Făgă', 'Botoș', 'Călă'], last: ['rași', 'șoara', 'lunga', 'mare', 'nou', 'șani', 'ești', 'eni', 'ița', 'ului', 'Verde', 'Sărat'], country: 'RO' },
  hu: { first: ['Szent', 'Nagy', 'Kis', 'Fehér', 'Székes', 'Balaton', 'Hód', 'Kecs', 'Mis', 'Szom', 'Tata', 'Eger'], last: ['vár', 'falva', 'háza', 'halom', 'egyháza', 'mező', 'szállás', 'kő', 'hely', 'telek', 'szeg', 'laka'], country: 'HU' },
  en: { first: ['North', 'South', 'East', 'West', 'King', 'Ash', 'Oak', 'Brad', 'Wolver', 'Black', 'Green', 'Mill'], last: ['ford', 'ton', 'field', 'bury', 'ham', 'wick', 'borough', 'pool', 'mouth', 'chester', 'dale', 'stead'], country: 'GB' },
};

export function generateCities(count: number, seed = 20201731): SyntheticCity[] {
  const rnd = random(seed);
  const names = new Set<string>();
  const out: SyntheticCity[] = [];
  const add = (name: string, country: string, lang: Lang, aliases: [string, Lang][] = []) => {
    names.add(name);
    const key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    out.push({ id: uuidFrom(rnd), key, name, country, lang, aliases: aliases.map(([n, l]) => ({ name: n, lang: l })) });
  };
  for (const c of realCities.slice(0, count)) add(c.name, c.country, c.lang, c.aliases);
  const langs: Lang[] = ['de', 'ro', 'hu', 'en'];
  while (out.length < count) {
    const lang = langs[out.length % 4];
    const s = syllables[lang];
    const name = `${pick(rnd, s.first)}${pick(rnd, s.last)}`.replace(/ $/, '');
    if (names.has(name) || name.length < 4) continue;
    // Every tenth generated city has a name in another language too.
    add(name, s.country, lang, out.length % 10 === 0 ? [[`${name} ${lang === 'de' ? 'Stadt' : 'City'}`, 'en']] : []);
  }
  return out;
}

const surnames: Record<Lang, string[]> = {
  de: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann'],
  ro: ['Popescu', 'Ionescu', 'Popa', 'Pop', 'Niculescu', 'Stan', 'Dumitru', 'Dima', 'Gheorghiu', 'Stoica', 'Matei', 'Ciobanu', 'Rusu', 'Munteanu', 'Moldovan', 'Lungu', 'Mureșan', 'Florea', 'Oprea', 'Constantinescu'],
  hu: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp', 'Takács', 'Juhász', 'Lakatos', 'Mészáros', 'Oláh', 'Simon', 'Rácz', 'Fekete'],
  en: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke'],
};

/** Organisation name patterns per language and kind group; {c} city, {s} surname, {t} topic label. */
const namePatterns: Record<Lang, Record<'academic' | 'business' | 'civic' | 'public', string[]>> = {
  de: {
    academic: ['Technische Hochschule {c}', 'Universität {c}', 'Fraunhofer-Institut für {t} {c}', 'Hochschule für {t} {c}', 'Forschungszentrum {t} {c}'],
    business: ['{s} {t} GmbH', '{s} & {s2} AG', '{c}er {t} GmbH', '{s} Technologies GmbH', '{t}werk {c} GmbH'],
    civic: ['Verein für {t} {c} e.V.', 'Bürgerinitiative {t} {c}', 'Förderverein {s}-Stiftung', '{c}er Netzwerk {t} e.V.'],
    public: ['Stadtwerke {c}', 'Wirtschaftsförderung {c}', 'Amt für {t} {c}', 'Handwerkskammer {c}'],
  },
  ro: {
    academic: ['Universitatea din {c}', 'Universitatea Tehnică {c}', 'Institutul de Cercetare {t} {c}', 'Facultatea de {t} {c}', 'Centrul de Cercetare {s}'],
    business: ['{s} {t} SRL', '{s} & {s2} SA', '{c} {t} SRL', '{s} Tech SRL', 'Compania {t} {c}'],
    civic: ['Asociația {t} {c}', 'Fundația {s}', 'Asociația pentru {t} {c}', 'Clubul {t} {c}'],
    public: ['Primăria {c}', 'Agenția de Dezvoltare {c}', 'Direcția {t} {c}', 'Camera de Comerț {c}'],
  },
  en: {
    academic: ['University of {c}', '{c} Institute of {t}', '{c} {t} Research Centre', '{s} College {c}'],
    business: ['{s} {t} Ltd', '{s} & {s2} Ltd', '{c} {t} Lab', '{s} Technologies'],
    civic: ['{c} {t} Network', 'Friends of {t} {c}', '{s} Foundation', '{c} Community {t} Trust'],
    public: ['{c} City Council', '{c} Development Agency', '{c} {t} Office', '{c} Chamber of Commerce'],
  },
  hu: {
    academic: ['{c}i Tudományegyetem', '{c}i Műszaki Egyetem', '{t} Kutatóintézet {c}', '{s} Kutatóközpont'],
    business: ['{s} {t} Kft.', '{s} és {s2} Zrt.', '{c}i {t} Kft.', '{s} Technológia Kft.'],
    civic: ['{c}i {t} Egyesület', '{s} Alapítvány', '{t} Egyesület {c}', '{c}i Civil {t} Kör'],
    public: ['{c} Megyei Jogú Város Önkormányzata', '{c}i Vízmű', '{c}i Fejlesztési Ügynökség', '{c}i Kereskedelmi Kamara'],
  },
};

const kindGroup = (kind: string): 'academic' | 'business' | 'civic' | 'public' =>
  ['university', 'research-institute', 'school'].includes(kind) ? 'academic'
    : ['company', 'startup', 'cluster'].includes(kind) ? 'business'
      : ['ngo', 'cultural', 'foundation'].includes(kind) ? 'civic' : 'public';

/** Sentence templates per language; {a} and {b} are terms of the item's concepts. */
const sentences: Record<Lang, { offer: string[]; request: string[]; about: string[] }> = {
  de: {
    offer: ['Wir bieten Erfahrung mit {a} und {b}.', 'Unser Team berät Kommunen zu {a}.', 'Wir stellen eine Testumgebung für {a} bereit.', 'Schulungen zu {a} und {b} für Fachkräfte.'],
    request: ['Wir suchen Partner für ein Projekt zu {a}.', 'Gesucht: Erfahrungen mit {a} in anderen Städten.', 'Wir suchen Forschungspartner für {a} und {b}.'],
    about: ['Wir arbeiten seit Jahren an {a} und {b} in der Region.', 'Schwerpunkte: {a}, {b} und Zusammenarbeit mit Partnerstädten.'],
  },
  ro: {
    offer: ['Oferim expertiză în {a} și {b}.', 'Echipa noastră sprijină primăriile în domeniul {a}.', 'Oferim un teren de testare pentru {a}.', 'Cursuri despre {a} și {b} pentru specialiști.'],
    request: ['Căutăm parteneri pentru un proiect despre {a}.', 'Căutăm experiență cu {a} din alte orașe.', 'Căutăm parteneri de cercetare pentru {a} și {b}.'],
    about: ['Lucrăm de ani de zile la {a} și {b} în regiune.', 'Domenii principale: {a}, {b} și cooperare cu orașele partenere.'],
  },
  en: {
    offer: ['We offer experience with {a} and {b}.', 'Our team advises municipalities on {a}.', 'We provide a testbed for {a}.', 'Training on {a} and {b} for professionals.'],
    request: ['We are looking for partners for a project on {a}.', 'Wanted: experience with {a} from other cities.', 'We seek research partners for {a} and {b}.'],
    about: ['We have worked on {a} and {b} in the region for years.', 'Focus areas: {a}, {b} and cooperation with partner cities.'],
  },
  hu: {
    offer: ['Tapasztalatot kínálunk a következő területen: {a} és {b}.', 'Csapatunk önkormányzatoknak ad tanácsot: {a}.', 'Tesztkörnyezetet biztosítunk: {a}.', 'Képzések szakembereknek: {a} és {b}.'],
    request: ['Partnereket keresünk egy projekthez: {a}.', 'Más városok tapasztalatait keressük: {a}.', 'Kutatási partnereket keresünk: {a} és {b}.'],
    about: ['Évek óta dolgozunk a régióban ezen: {a} és {b}.', 'Fő területeink: {a}, {b} és együttműködés a partnervárosokkal.'],
  },
};

const themeKeys = ['digitalisation-smart-city', 'technology-startups', 'innovation-clusters', 'sustainability', 'public-services', 'agriculture', 'energy-climate', 'mobility', 'education-research', 'culture'];

function termOf(rnd: () => number, concept: TaxonomyConcept, lang: Lang): string {
  const terms = [concept.labels[lang], ...concept.synonyms[lang]];
  return pick(rnd, terms);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

export interface EcosystemOptions {
  organisations: number;
  cities: number;
  seed?: number;
  /** Reference day for validity: some items expired before it. */
  today?: string;
}

/** Organisations, lazily, in a fixed order; cities first. */
export function generateEcosystem(options: EcosystemOptions): { cities: SyntheticCity[]; organisations: () => Generator<SyntheticOrganisation> } {
  const seed = options.seed ?? 31072020;
  const cities = generateCities(options.cities, seed);
  const concepts = getTaxonomy().concepts;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const day = (offset: number) => new Date(Date.parse(today) + offset * 86_400_000).toISOString().slice(0, 10);
  // Bigger cities have more organisations (Zipf-like weights).
  const weights = cities.map((_, i) => 1 / (i + 3));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(((sum) => (w: number) => (sum += w / totalWeight))(0));
  const cityFor = (r: number) => cities[Math.min(cities.length - 1, cumulative.findIndex((c) => r <= c))];

  function* organisations(): Generator<SyntheticOrganisation> {
    const rnd = random(seed + 1);
    for (let i = 0; i < options.organisations; i++) {
      const city = cityFor(rnd());
      // Most organisations write in their city's language; some in English, some Hungarian in Romania.
      const r = rnd();
      const lang: Lang = r < 0.12 ? 'en' : r < 0.2 && city.country === 'RO' ? 'hu' : city.lang;
      const kind = pick(rnd, organisationKinds);
      const topics = [pick(rnd, concepts), pick(rnd, concepts), pick(rnd, concepts)];
      const s = surnames[lang];
      const name = fill(pick(rnd, namePatterns[lang][kindGroup(kind)]), {
        c: city.name,
        s: pick(rnd, s),
        s2: pick(rnd, s),
        t: topics[0].labels[lang].split(/[ ,]/)[0],
      });
      const orgThemes = [pick(rnd, themeKeys)];
      const items: SyntheticItem[] = [];
      const itemCount = Math.floor(rnd() * 5); // 0..4, two on average
      for (let j = 0; j < itemCount; j++) {
        const direction = rnd() < 0.55 ? 'offer' : 'request';
        const concept = rnd() < 0.7 ? topics[j % 3] : pick(rnd, concepts);
        const second = rnd() < 0.5 ? concept : pick(rnd, concepts);
        const itemLang: Lang = rnd() < 0.1 ? 'en' : lang;
        const title = termOf(rnd, concept, itemLang);
        const text = fill(pick(rnd, sentences[itemLang][direction]), { a: termOf(rnd, concept, itemLang), b: termOf(rnd, second, itemLang) });
        const v = rnd();
        items.push({
          id: uuidFrom(rnd),
          direction,
          position: j,
          category: pick(rnd, itemCategories),
          lang: itemLang,
          title: title.charAt(0).toUpperCase() + title.slice(1),
          text,
          themes: rnd() < 0.5 ? [pick(rnd, themeKeys)] : [],
          // 6% expired yesterday or earlier, 30% valid for a while, the rest open-ended.
          validUntil: v < 0.06 ? day(-1 - Math.floor(rnd() * 300)) : v < 0.36 ? day(1 + Math.floor(rnd() * 700)) : null,
        });
      }
      yield {
        id: uuidFrom(rnd),
        key: `org-${i}`,
        name,
        kind,
        cityId: city.id,
        lang,
        description: [{ lang, text: fill(pick(rnd, sentences[lang].about), { a: termOf(rnd, topics[1], lang), b: termOf(rnd, topics[2], lang) }) }],
        themes: orgThemes,
        items,
      };
    }
  }
  return { cities, organisations };
}
