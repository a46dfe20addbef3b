/**
 * The own labelled queries of the search evaluation, in de, ro, en and hu, written as a visitor
 * would type them, the failures of the search issue among them (concepts in another language,
 * German compounds, city aliases with a kind of organisation, British and American spellings,
 * typos, missing diacritics). Grades: 2 = exactly what was meant, 1 = acceptable.
 *
 * Labels come from the data, not from what any search returns: the demo's organisations were
 * read and graded by hand (`demo`); the generated organisations are graded by rules over what
 * they were generated from (`generated`: their taxonomy concepts read back from their texts,
 * their kind, city and name; see generated-ecosystem.ts). Every query carries both where both
 * apply, so that a query about the demo does not count a relevant generated organisation as
 * wrong. The set is split by what the query was written about: the demo or the generated part.
 */
import type { GeneratedOrganisation, GeneratedWorld } from './generated-ecosystem.ts';

export interface LabelledQuery {
  q: string;
  lang: string;
  /** What the query tests: concept, name, typo, spelling, city-kind, city-concept, compound. */
  kind: string;
  /** Organisation key → 2 (exactly meant) or 1 (acceptable); unlisted: not relevant. */
  relevant: Record<string, number>;
  why: string;
}

type Grade = 0 | 1 | 2;
type Rule = (o: GeneratedOrganisation) => Grade;

interface OwnQuery {
  q: string;
  lang: 'de' | 'ro' | 'en' | 'hu';
  kind: string;
  why: string;
  demo?: Record<string, 1 | 2>;
  generated?: Rule;
}

// ---------------------------------------------------------------- rules for the generated part

/** Written from one of `exact` (2) or of `acceptable` (1). */
const about =
  (exact: string[], acceptable: string[] = []): Rule =>
  (o) =>
    exact.some((c) => o.concepts.has(c)) ? 2 : acceptable.some((c) => o.concepts.has(c)) ? 1 : 0;
const inCity =
  (city: string, rule: Rule): Rule =>
  (o) =>
    o.city === city ? rule(o) : 0;
const named =
  (pattern: RegExp, grade: Grade = 2): Rule =>
  (o) =>
    pattern.test(o.name) ? grade : 0;
const mentioning =
  (pattern: RegExp, grade: Grade = 2): Rule =>
  (o) =>
    pattern.test(o.text) ? grade : 0;
const ofKind =
  (exact: string[], acceptable: string[] = []): Rule =>
  (o) =>
    exact.includes(o.kind) ? 2 : acceptable.includes(o.kind) ? 1 : 0;
const best =
  (...rules: Rule[]): Rule =>
  (o) =>
    Math.max(...rules.map((r) => r(o))) as Grade;
const atMost =
  (grade: Grade, rule: Rule): Rule =>
  (o) =>
    Math.min(grade, rule(o)) as Grade;

const agriculture = best(
  about(['smart-agriculture', 'organic-farming', 'urban-farming'], ['irrigation', 'local-food-systems', 'rural-development']),
  // "Facultatea de Agricultură …": named after the concept by the generator.
  named(/agricultur|landwirtschaft|mezőgazdas/i),
);
/** A university by kind or by name (a "Technische Hochschule" of another kind is still one to a visitor); institutes acceptable. */
const universities = best(ofKind(['university'], ['research-institute']), named(/universit|hochschule|egyetem/i));
const theatre = best(mentioning(/(?<!\p{L})(theater|theatre|teatru|színház)/iu), about([], ['arts-cultural-exchange']));
const hospital = best(mentioning(/(?<!\p{L})(krankenh|klinikum|spital|hospital|kórház)/iu), about([], ['healthcare-services', 'digital-health']));
const smartCity = about(['smart-city'], ['open-data', 'iot-sensors', 'digital-twin', 'e-government']);
const digitalisation = about(
  ['e-government'],
  [
    'smart-city',
    'open-data',
    'iot-sensors',
    'digital-twin',
    'digital-skills',
    'artificial-intelligence',
    'cybersecurity',
    'connectivity-5g',
    'administrative-modernisation',
    'digital-health',
    'ict-sector',
  ],
);
const companyKinds = ['company', 'startup', 'cluster'];
const digitalConcepts = [
  'e-government',
  'artificial-intelligence',
  'cybersecurity',
  'digital-twin',
  'open-data',
  'iot-sensors',
  'smart-city',
  'digital-health',
];
/** IT companies: the IT sector in a company (2), in another kind of organisation, or a company in another digital field (1). */
const itCompanies: Rule = (o) => {
  const company = companyKinds.includes(o.kind);
  if (o.concepts.has('ict-sector')) return company ? 2 : 1;
  return company && digitalConcepts.some((c) => o.concepts.has(c)) ? 1 : 0;
};
const administration = about(['e-government'], ['administrative-modernisation']);
const services = best(
  about(['municipal-utilities'], ['drinking-water', 'wastewater', 'waste-recycling', 'district-heating', 'public-transport']),
  named(/^Stadtwerke |Vízmű$/),
);
const heatSensors: Rule = (o) => {
  const n = Number(o.concepts.has('climate-adaptation')) + Number(o.concepts.has('iot-sensors'));
  return n === 2 ? 2 : n === 1 ? 1 : 0;
};
const fraunhoferLogistics: Rule = (o) => (!/Fraunhofer/.test(o.name) ? 0 : o.concepts.has('urban-logistics') ? 2 : 1);
const technologyCentre = best(
  mentioning(/technologiezentrum|technologiepark|technology park|science park|innovation hub|gründerzentrum|parc tehnologic|technológiai park/i),
  about([], ['incubators-accelerators']),
);
const cityHall = best(named(/^Primăria |City Council$|Önkormányzata$/), ofKind([], ['public-administration']));
const fibre = best(mentioning(/glasfaser|fibră optică|fibre optic|fiber optic|üvegszál|optikai hálózat/i), about([], ['connectivity-5g']));
const dual = best(atMost(1, about(['vocational-training'])), (o) =>
  o.concepts.has('vocational-training') && /(?<!\p{L})(dual|duale|duală|duális)/iu.test(o.text) ? 2 : 0,
);
const electrolyser = best(mentioning(/electroly|elektroly|elektrolí|electroliz/i), about([], ['hydrogen']));
const culturalCapital = best(
  mentioning(/kulturhauptstadt|capitală culturală europeană|european capital of culture|európa kulturális fővárosa/i),
  about([], ['festivals-events']),
);

// ---------------------------------------------------------------- the demo's organisations, graded by hand

const clujUniversities = { ubb: 2, utcn: 2, 'usamv-cluj': 2, sapientia: 2 } as const;
const dortmundUniversities = { 'tu-dortmund': 2, 'fh-dortmund': 2, 'fraunhofer-iml': 1, 'fraunhofer-isst': 1, isas: 1 } as const;
const airports = { 'dortmund-airport': 2, 'airport-cluj': 2 } as const;
const theatres = { 'kolozsvari-allami-magyar-szinhaz': 2, 'centrul-cultural-clujean': 1 } as const;
const smartCityDemo = { utcn: 2, 'klimasensor-dortmund': 2, 'fraunhofer-iml': 1, 'fraunhofer-isst': 1, materna: 1, adesso: 1 } as const;
const digitalAdministration = { materna: 2, adesso: 2, 'fraunhofer-isst': 1 } as const;
const digitalisationDemo = {
  materna: 2,
  adesso: 2,
  'fraunhofer-isst': 2,
  'klimasensor-dortmund': 1,
  utcn: 1,
  fortech: 1,
  arobs: 1,
  'fraunhofer-iml': 1,
} as const;
const clujSoftware = { fortech: 2, arobs: 2, 'cluj-it-cluster': 1 } as const;
const hospitalsDemo = { 'fraunhofer-isst': 1 } as const;

const demoPart: OwnQuery[] = [
  // de
  { q: 'Landwirtschaft', lang: 'de', kind: 'concept', demo: { 'usamv-cluj': 2 }, generated: agriculture, why: 'agriculture, written in ro/en in the demo' },
  { q: 'Flughafen', lang: 'de', kind: 'compound', demo: airports, why: '"Verkehrsflughafen" in the text; the Cluj airport only in ro' },
  {
    q: 'Klausenburg Universität',
    lang: 'de',
    kind: 'city-kind',
    demo: clujUniversities,
    generated: inCity('cluj-napoca', universities),
    why: 'German alias + kind',
  },
  { q: 'Theater', lang: 'de', kind: 'concept', demo: theatres, generated: theatre, why: 'the Hungarian theatre of Cluj (hu/ro texts)' },
  {
    q: 'Daseinsvorsorge',
    lang: 'de',
    kind: 'concept',
    demo: { dew21: 2 },
    generated: services,
    why: 'municipal utilities: DEW21 supplies power, gas, heat and water',
  },
  { q: 'Digitalisierung Verwaltung', lang: 'de', kind: 'concept', demo: digitalAdministration, generated: administration, why: 'e-government' },
  {
    q: 'Technishe Universität Dortmund',
    lang: 'de',
    kind: 'typo',
    demo: { 'tu-dortmund': 2, 'fh-dortmund': 1 },
    generated: inCity('dortmund', atMost(1, best(ofKind(['university']), named(/universit|hochschule|egyetem/i)))),
    why: 'a typo in a full name',
  },
  {
    q: 'Fraunhoffer',
    lang: 'de',
    kind: 'typo',
    demo: { 'fraunhofer-iml': 2, 'fraunhofer-isst': 2 },
    generated: named(/Fraunhofer/),
    why: 'a common misspelling',
  },
  {
    q: 'Fraunhofer Logistik',
    lang: 'de',
    kind: 'name',
    demo: { 'fraunhofer-iml': 2, 'fraunhofer-isst': 1 },
    generated: fraunhoferLogistics,
    why: 'institute by its field',
  },
  { q: 'Hitzeinseln Sensoren', lang: 'de', kind: 'concept', demo: { 'klimasensor-dortmund': 2 }, generated: heatSensors, why: 'two concepts together' },
  // ro
  {
    q: 'agricultură',
    lang: 'ro',
    kind: 'concept',
    demo: { 'usamv-cluj': 2 },
    generated: agriculture,
    why: 'the word is in the ro description only as "agricole"',
  },
  {
    q: 'orașul inteligent',
    lang: 'ro',
    kind: 'concept',
    demo: smartCityDemo,
    generated: smartCity,
    why: 'smart city with the article; "orașe inteligente" in the UTCN text',
  },
  {
    q: 'teatru maghiar',
    lang: 'ro',
    kind: 'name',
    demo: { 'kolozsvari-allami-magyar-szinhaz': 2 },
    generated: atMost(1, theatre),
    why: 'the ro description: "Teatrul Maghiar de Stat"',
  },
  { q: 'aeroport Dortmund', lang: 'ro', kind: 'city-kind', demo: { 'dortmund-airport': 2, 'airport-cluj': 1 }, why: 'the Cluj airport flies to Dortmund' },
  {
    q: 'universități Cluj',
    lang: 'ro',
    kind: 'city-kind',
    demo: clujUniversities,
    generated: inCity('cluj-napoca', universities),
    why: 'plural, short city name',
  },
  {
    q: 'digitalizarea administrației',
    lang: 'ro',
    kind: 'concept',
    demo: digitalAdministration,
    generated: administration,
    why: 'e-government, texts in de/en',
  },
  { q: 'Babes Bolyai', lang: 'ro', kind: 'name', demo: { ubb: 2 }, why: 'without diacritics' },
  {
    q: 'firme IT Dortmund',
    lang: 'ro',
    kind: 'city-concept',
    demo: { adesso: 2, materna: 2, 'klimasensor-dortmund': 1 },
    generated: inCity('dortmund', itCompanies),
    why: 'IT companies in a named city',
  },
  // en
  { q: 'agriculture', lang: 'en', kind: 'concept', demo: { 'usamv-cluj': 2 }, generated: agriculture, why: '"agricultural" in the en description' },
  { q: 'digitalisation', lang: 'en', kind: 'spelling', demo: digitalisationDemo, generated: digitalisation, why: 'British spelling' },
  { q: 'digitalization', lang: 'en', kind: 'spelling', demo: digitalisationDemo, generated: digitalisation, why: 'American spelling' },
  { q: 'theatre', lang: 'en', kind: 'spelling', demo: theatres, generated: theatre, why: 'British spelling; no en text in the demo says it' },
  { q: 'theater', lang: 'en', kind: 'spelling', demo: theatres, generated: theatre, why: 'American spelling' },
  { q: 'airport', lang: 'en', kind: 'concept', demo: airports, why: 'the demo names both airports in en' },
  { q: 'smart city', lang: 'en', kind: 'concept', demo: smartCityDemo, generated: smartCity, why: '"smart-city" hyphenated in the demo' },
  {
    q: 'technology centre Dortmund',
    lang: 'en',
    kind: 'spelling',
    demo: { 'technologiezentrum-dortmund': 2 },
    generated: inCity('dortmund', technologyCentre),
    why: 'British spelling, de name',
  },
  {
    q: 'technology center Dortmund',
    lang: 'en',
    kind: 'spelling',
    demo: { 'technologiezentrum-dortmund': 2 },
    generated: inCity('dortmund', technologyCentre),
    why: 'American spelling',
  },
  { q: 'universty Cluj', lang: 'en', kind: 'typo', demo: clujUniversities, generated: inCity('cluj-napoca', universities), why: 'a dropped letter' },
  {
    q: 'software developers Cluj',
    lang: 'en',
    kind: 'city-concept',
    demo: clujSoftware,
    generated: inCity('cluj-napoca', itCompanies),
    why: 'IT sector in a city',
  },
  // hu
  { q: 'mezőgazdaság', lang: 'hu', kind: 'concept', demo: { 'usamv-cluj': 2 }, generated: agriculture, why: 'no hu text in the demo says it' },
  { q: 'színház', lang: 'hu', kind: 'concept', demo: theatres, generated: theatre, why: '"Színház" in the name' },
  { q: 'repülőtér', lang: 'hu', kind: 'concept', demo: airports, why: 'no hu text about airports' },
  { q: 'okos város', lang: 'hu', kind: 'concept', demo: smartCityDemo, generated: smartCity, why: 'smart city in hu' },
  {
    q: 'kolozsvári egyetemek',
    lang: 'hu',
    kind: 'city-kind',
    demo: clujUniversities,
    generated: inCity('cluj-napoca', universities),
    why: 'the city as an adjective, plural kind',
  },
  {
    q: 'Dortmundi egyetem',
    lang: 'hu',
    kind: 'city-kind',
    demo: dortmundUniversities,
    generated: inCity('dortmund', universities),
    why: 'the city as an adjective',
  },
  { q: 'Sapienta Kolozsvár', lang: 'hu', kind: 'typo', demo: { sapientia: 2 }, why: 'a dropped letter in a name' },
  {
    q: 'informatikai cégek Kolozsvár',
    lang: 'hu',
    kind: 'city-concept',
    demo: clujSoftware,
    generated: inCity('cluj-napoca', itCompanies),
    why: 'IT companies in Cluj',
  },
  { q: 'Kolozsvari szinhaz', lang: 'hu', kind: 'name', demo: theatres, generated: inCity('cluj-napoca', theatre), why: 'without accents' },
];

const generatedPart: OwnQuery[] = [
  // de
  { q: 'Krankenhaus', lang: 'de', kind: 'concept', demo: hospitalsDemo, generated: hospital, why: 'hospitals, in any language' },
  {
    q: 'Fernwärme Kronstadt',
    lang: 'de',
    kind: 'city-concept',
    generated: inCity('brasov', about(['district-heating'], ['building-energy-efficiency', 'renewable-energy'])),
    why: 'German alias of Brașov',
  },
  {
    q: 'Radwege Klausenburg',
    lang: 'de',
    kind: 'city-concept',
    generated: inCity('cluj-napoca', about(['cycling'], ['shared-mobility', 'sustainable-mobility-planning'])),
    why: 'German alias of Cluj',
  },
  { q: 'Universität Wien', lang: 'de', kind: 'city-kind', generated: inCity('wien', universities), why: 'kind + city' },
  {
    q: 'Stadtwerke',
    lang: 'de',
    kind: 'concept',
    demo: { dew21: 2 },
    generated: best(about(['municipal-utilities']), named(/Stadtwerke/), named(/Vízmű$/, 1)),
    why: 'municipal utilities by name or text',
  },
  { q: 'Wasserstoff', lang: 'de', kind: 'concept', generated: about(['hydrogen']), why: 'hydrogen in any language' },
  {
    q: 'Grunderzentrum Dortmund',
    lang: 'de',
    kind: 'typo',
    demo: { 'technologiezentrum-dortmund': 2, 'wirtschaftsfoerderung-dortmund': 1 },
    generated: inCity('dortmund', about(['incubators-accelerators'], ['startup-support'])),
    why: 'umlaut dropped',
  },
  { q: 'Kulturhauptstadt', lang: 'de', kind: 'compound', generated: culturalCapital, why: 'European Capital of Culture' },
  // ro
  { q: 'spital', lang: 'ro', kind: 'concept', demo: hospitalsDemo, generated: hospital, why: 'hospital in ro' },
  {
    q: 'irigații Timișoara',
    lang: 'ro',
    kind: 'city-concept',
    generated: inCity('timisoara', about(['irrigation'], ['smart-agriculture', 'organic-farming', 'urban-farming', 'local-food-systems'])),
    why: 'concept + city',
  },
  {
    q: 'energie solară Brașov',
    lang: 'ro',
    kind: 'city-concept',
    generated: inCity('brasov', about(['solar-energy'], ['renewable-energy', 'energy-communities'])),
    why: 'concept + city',
  },
  {
    q: 'transport public',
    lang: 'ro',
    kind: 'concept',
    generated: about(['public-transport'], ['electromobility', 'sustainable-mobility-planning']),
    why: 'public transport',
  },
  {
    q: 'primăria Dortmund',
    lang: 'ro',
    kind: 'city-kind',
    demo: { 'wirtschaftsfoerderung-dortmund': 1 },
    generated: inCity('dortmund', cityHall),
    why: 'the city hall, named in de/en/hu',
  },
  { q: 'reciclarea deșeurilor', lang: 'ro', kind: 'concept', generated: about(['waste-recycling'], ['circular-economy']), why: 'waste recycling' },
  { q: 'învățământ dual', lang: 'ro', kind: 'concept', generated: dual, why: 'dual vocational training' },
  // en
  { q: 'hospitals', lang: 'en', kind: 'concept', demo: hospitalsDemo, generated: hospital, why: 'plural' },
  {
    q: 'district heating Sibiu',
    lang: 'en',
    kind: 'city-concept',
    generated: inCity('sibiu', about(['district-heating'], ['building-energy-efficiency', 'renewable-energy'])),
    why: 'concept + city',
  },
  {
    q: 'neighbourhood development',
    lang: 'en',
    kind: 'spelling',
    demo: { 'centrul-cultural-clujean': 1 },
    generated: about(['urban-regeneration'], ['urban-planning']),
    why: 'British spelling',
  },
  {
    q: 'neighborhood development',
    lang: 'en',
    kind: 'spelling',
    demo: { 'centrul-cultural-clujean': 1 },
    generated: about(['urban-regeneration'], ['urban-planning']),
    why: 'American spelling',
  },
  { q: 'fibre optic', lang: 'en', kind: 'spelling', generated: fibre, why: 'British spelling' },
  {
    q: 'elderly care Bucharest',
    lang: 'en',
    kind: 'city-concept',
    generated: inCity('bucuresti', about(['elderly-care'], ['healthcare-services', 'social-inclusion'])),
    why: 'English alias of București',
  },
  { q: 'irigation', lang: 'en', kind: 'typo', generated: about(['irrigation'], ['smart-agriculture']), why: 'a dropped letter' },
  { q: 'electrolyzer', lang: 'en', kind: 'spelling', generated: electrolyser, why: 'American spelling' },
  // hu
  { q: 'kórház', lang: 'hu', kind: 'concept', demo: hospitalsDemo, generated: hospital, why: 'hospital in hu' },
  {
    q: 'kerékpárút Kolozsvár',
    lang: 'hu',
    kind: 'city-concept',
    generated: inCity('cluj-napoca', about(['cycling'], ['shared-mobility'])),
    why: 'Hungarian alias of Cluj',
  },
  {
    q: 'napelemek Debrecen',
    lang: 'hu',
    kind: 'city-concept',
    generated: inCity('debrecen', about(['solar-energy'], ['renewable-energy', 'energy-communities'])),
    why: 'concept + city',
  },
  {
    q: 'Szegedi Tudományegyetem',
    lang: 'hu',
    kind: 'name',
    generated: inCity('szeged', best(named(/^Szegedi Tudományegyetem$/), atMost(1, universities))),
    why: 'a generated name',
  },
  { q: 'víztisztítás', lang: 'hu', kind: 'concept', demo: { dew21: 1 }, generated: about(['drinking-water'], ['wastewater']), why: 'water treatment' },
  { q: 'hulladék újrahasznosítás', lang: 'hu', kind: 'concept', generated: about(['waste-recycling'], ['circular-economy']), why: 'waste recycling' },
  { q: 'bécsi egyetemek', lang: 'hu', kind: 'city-kind', generated: inCity('wien', universities), why: 'Hungarian name of Vienna as an adjective' },
];

function label(query: OwnQuery, world: GeneratedWorld): LabelledQuery {
  const relevant: Record<string, number> = { ...query.demo };
  if (query.generated) {
    for (const o of world.organisations) {
      const grade = query.generated(o);
      if (grade > 0) relevant[o.key] = grade;
    }
  }
  return { q: query.q, lang: query.lang, kind: query.kind, relevant, why: query.why };
}

/**
 * The own set, labelled over the given generated world. A query with no relevant organisation in
 * a (small) generated world is left out: it could only score 0.
 */
export function ownQueries(world: GeneratedWorld): { demo: LabelledQuery[]; generated: LabelledQuery[] } {
  const labelled = (queries: OwnQuery[]) => queries.map((q) => label(q, world)).filter((q) => Object.keys(q.relevant).length > 0);
  return { demo: labelled(demoPart), generated: labelled(generatedPart) };
}

export const ownQueryCount = { demo: demoPart.length, generated: generatedPart.length };
