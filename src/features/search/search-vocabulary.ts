import { foldForLookup } from '../../shared/text-normalize.ts';
import { themeCatalogue } from '../themes/index.ts';

/**
 * The words people use for what an organisation is and does, in the four languages, which its own
 * text often does not contain (issue 14): its themes ("Landwirtschaft" for a Romanian university
 * of agricultural sciences), its kind ("Universität" for "Universitatea Babeș-Bolyai") and the
 * type of institution its name says ("Flughafen" for "Aeroportul Internațional Avram Iancu").
 * search-index.ts adds them to the search vector at the lowest weight. Search keeps its own list
 * (the kind labels of csv-import and matching are their internals, and worded for other purposes).
 */
export type VocabularyLanguage = 'de' | 'ro' | 'en' | 'hu';
export type Words = Record<VocabularyLanguage, string[]>;

export const vocabularyLanguages: readonly VocabularyLanguage[] = ['de', 'ro', 'en', 'hu'];

/**
 * The eleven organisation kinds (organisations.schemas.ts), as people name them. Every word of a
 * phrase goes into the vector on its own, so a phrase with a general word ("research centre",
 * "cultural centre") would make every row of the kind match "technology centre": compounds and
 * phrases of specific words only.
 */
const kindWords: Record<string, Words> = {
  // Short forms people type ("Uni Klausenburg", "FH Dortmund") beside the full words.
  university: {
    de: ['Universität', 'Uni', 'Hochschule', 'Fachhochschule', 'FH', 'Technische Hochschule', 'TH'],
    ro: ['universitate', 'universitatea', 'univ', 'facultate'],
    en: ['university', 'uni', 'college'],
    hu: ['egyetem', 'főiskola'],
  },
  'research-institute': {
    de: ['Forschungsinstitut', 'Forschungseinrichtung', 'Forschungszentrum', 'Institut'],
    ro: ['institut de cercetare', 'institut'],
    en: ['research institute', 'institute', 'laboratory'],
    hu: ['kutatóintézet', 'kutatóközpont', 'intézet'],
  },
  company: {
    de: ['Unternehmen', 'Firma', 'Betrieb', 'GmbH'],
    ro: ['companie', 'firmă', 'întreprindere', 'societate', 'SRL'],
    en: ['company', 'business', 'enterprise', 'firm'],
    hu: ['vállalat', 'cég', 'vállalkozás', 'Kft'],
  },
  startup: { de: ['Start-up', 'Startup'], ro: ['start-up', 'startup'], en: ['start-up', 'startup'], hu: ['startup', 'induló vállalkozás'] },
  'public-administration': {
    de: ['öffentliche Verwaltung', 'Behörde', 'Kommune', 'Amt', 'Verwaltung'],
    ro: ['administrație publică', 'autoritate publică'],
    en: ['public administration', 'public authority', 'municipality'],
    hu: ['közigazgatás', 'önkormányzat', 'hivatal', 'közintézmény'],
  },
  'public-company': {
    de: ['öffentliches Unternehmen', 'kommunales Unternehmen'],
    ro: ['companie publică', 'companie municipală', 'regie autonomă'],
    en: ['public company', 'municipal company'],
    hu: ['közvállalat', 'önkormányzati cég'],
  },
  ngo: {
    de: ['gemeinnützige Organisation', 'Verein', 'Stiftung', 'NGO', 'Initiative', 'Ehrenamt'],
    ro: ['organizație non-profit', 'ONG', 'asociație', 'fundație', 'organizație neguvernamentală'],
    en: ['non-profit organisation', 'non-profit organization', 'nonprofit', 'NGO', 'association', 'foundation', 'charity'],
    hu: ['nonprofit szervezet', 'civil szervezet', 'egyesület', 'alapítvány'],
  },
  cluster: { de: ['Cluster', 'Netzwerk'], ro: ['cluster', 'rețea'], en: ['cluster', 'network'], hu: ['klaszter', 'hálózat'] },
  school: {
    de: ['Schule', 'Gymnasium', 'Berufsschule', 'Gesamtschule', 'Grundschule'],
    ro: ['școală', 'liceu', 'colegiu', 'școală profesională'],
    en: ['school', 'high school', 'secondary school', 'vocational school'],
    hu: ['iskola', 'gimnázium', 'líceum', 'szakiskola', 'általános iskola'],
  },
  cultural: {
    de: ['Kultureinrichtung', 'Kulturinstitution', 'Kulturzentrum', 'Kulturhaus'],
    ro: ['instituție culturală'],
    en: ['cultural institution'],
    hu: ['kulturális intézmény'],
  },
  other: { de: [], ro: [], en: [], hu: [] },
};

/**
 * Words of a theme beyond its label: the domain's other names (the app's label says "Agriculture
 * and food", people also type "farming"; the Letter of Intent says "Daseinsvorsorge").
 */
const themeExtraWords: Record<string, Partial<Words>> = {
  'digitalisation-smart-city': {
    de: ['digital', 'Digitalisierung', 'Smart City'],
    ro: ['digital', 'smart city'],
    en: ['digital', 'digitalization', 'smart cities'],
    hu: ['digitális', 'smart city'],
  },
  'public-services': {
    de: ['Daseinsvorsorge', 'öffentliche Dienstleistungen', 'Kommunalverwaltung'],
    ro: ['servicii publice', 'servicii de interes general'],
    en: ['public services', 'services of general interest'],
    hu: ['közszolgáltatás', 'általános érdekű szolgáltatások'],
  },
  agriculture: { de: ['Agrar', 'Agrarwirtschaft', 'Lebensmittel'], ro: ['agricol', 'agronomie'], en: ['farming', 'agri-food'], hu: ['agrár'] },
  'health-social': { de: ['Gesundheitswesen', 'Medizin'], ro: ['medicină', 'sănătate publică'], en: ['healthcare', 'medicine'], hu: ['egészségügy'] },
  'energy-climate': {
    de: ['Klima', 'Energiewende'],
    ro: ['climă', 'tranziție energetică'],
    en: ['climate', 'energy transition'],
    hu: ['klíma', 'energiaátmenet'],
  },
  mobility: { de: ['Verkehr', 'Logistik'], ro: ['transport', 'logistică'], en: ['transport', 'transportation', 'logistics'], hu: ['közlekedés', 'logisztika'] },
  'education-research': { de: ['Wissenschaft'], ro: ['știință'], en: ['science', 'higher education'], hu: ['tudomány', 'felsőoktatás'] },
  culture: { de: ['Kunst'], ro: ['artă'], en: ['arts'], hu: ['művészet'] },
};

/** Fields of medicine a specialist centre is named by (folded stems in the four languages). */
const medicalFields = [
  'onkolog',
  'oncolog',
  'kardiolog',
  'cardiolog',
  'cardiovascular',
  'neurolog',
  'neurochirurg',
  'psychiatr',
  'psihiatr',
  'pszichiatr',
  'padiatr',
  'pediatr',
  'gyermekgyogyasz',
  'orthopad',
  'ortoped',
  'urolog',
  'gastroenterolog',
  'pneumolog',
  'pneumoftiziolog',
  'pulmonolog',
  'dermatolog',
  'ophthalm',
  'oftalmolog',
  'szemeszet',
  'radiolog',
  'nephrolog',
  'nefrolog',
  'transplant',
  'rehabilit',
  'geriatr',
  'diabet',
  'endocrinolog',
  'infectio',
  'infektio',
  'boli infectioase',
  'stomatolog',
  'zahnmedizin',
  'fogaszat',
  'dental',
  'ginecolog',
  'gynakolog',
  'nogyogyasz',
].join('|');

interface InstitutionType {
  /** Where the type is written (folded text: no diacritics, lower case): word stems, compounds too. */
  pattern: RegExp;
  words: Words;
}

/**
 * Types of institution that are not kinds (an airport is a public company, a theatre a cultural
 * institution), recognised in the organisation's name or the first sentence of a description
 * (which says what it is; later sentences name what it works with: "logistics for airports").
 */
const institutionTypes: Record<string, InstitutionType> = {
  // Also a type: "Technische Hochschule Wien" may be filed under another kind (school, institute).
  university: { pattern: /(universit|hochschule|egyetem|\bfoiskola|\bcollege\b)/, words: kindWords.university },
  airport: {
    pattern: /\b(airport|flughafen|flugplatz|aeroport|repuloter)/,
    words: { de: ['Flughafen', 'Flugplatz'], ro: ['aeroport'], en: ['airport'], hu: ['repülőtér'] },
  },
  // Also the specialist centres that call themselves by their medical field ("Institutul Oncologic",
  // "Herzzentrum", "Kardiológiai Intézet") and outpatient centres (Poliklinik, policlinică, rendelőintézet).
  hospital: {
    pattern: new RegExp(
      '\\b(hospital|krankenhaus|klinikum|klinik|spital|clinica|clinic\\b|clinics\\b|korhaz|klinika|poliklini|policlinic|rendelointezet|medical cent|centrul? medical|medizinisches versorgungszentrum)' +
        `|\\b(${medicalFields})\\w*\\s+(institut|zentrum|centr|center|intezet|kozpont)|\\b(herz|krebs|augen|tumor)zentrum|\\b(institut|institutul|centrul|intezet)\\w*\\s+(de\\s+|of\\s+|fur\\s+)?(${medicalFields})`,
    ),
    words: {
      de: ['Krankenhaus', 'Klinik', 'Klinikum', 'Spital'],
      ro: ['spital', 'clinică'],
      en: ['hospital', 'clinic'],
      hu: ['kórház', 'klinika'],
    },
  },
  theatre: {
    pattern: /(theater|theatre|\bteatr|szinhaz)/,
    words: { de: ['Theater', 'Schauspielhaus'], ro: ['teatru'], en: ['theatre', 'theater'], hu: ['színház'] },
  },
  opera: {
    pattern: /\b(oper\b|opera\b|operahaus|opernhaus|operahaz|filarmonic|philharmon|filharmoni|konzerthaus|concert hall)/,
    // What the four languages call such a house too: a music theatre (Musiktheater, teatru liric, zenés színház).
    words: {
      de: ['Oper', 'Philharmonie', 'Konzerthaus', 'Musiktheater'],
      ro: ['operă', 'filarmonică', 'teatru liric'],
      en: ['opera', 'philharmonic', 'concert hall', 'music theatre', 'music theater'],
      hu: ['opera', 'filharmónia', 'zenés színház'],
    },
  },
  museum: {
    pattern: /\b(museum|museen|muzeu|muzeum)/,
    words: { de: ['Museum'], ro: ['muzeu'], en: ['museum'], hu: ['múzeum'] },
  },
  library: {
    pattern: /(bibliothek|\bbucherei|\bbibliotec|\blibrary|konyvtar)/,
    words: { de: ['Bibliothek', 'Bücherei'], ro: ['bibliotecă'], en: ['library'], hu: ['könyvtár'] },
  },
  zoo: {
    pattern: /\b(zoo\b|zoologisch|tierpark|gradina zoologica|allatkert)/,
    words: { de: ['Zoo', 'Tierpark'], ro: ['grădină zoologică'], en: ['zoo'], hu: ['állatkert'] },
  },
  // Clubs also go by the abbreviations of their names (TuS, VfL, CSM, KSE...; not the two-letter ones, which are also firms' initials) at the name's start.
  sport: {
    pattern:
      /\b(stadion|stadium|fussball|football|fotbal|labdarug|sportverein|sportclub|turnverein|sport club|sports club|athletic club|club sportiv|clubul sportiv|sportegyesulet|sportklub|sport egyesulet|fc\b)|^(tus|tsv|vfl|vfb|ssv|csm|acs|kse)\s/,
    words: {
      de: ['Stadion', 'Fußballverein', 'Sportverein'],
      ro: ['stadion', 'club de fotbal', 'club sportiv'],
      en: ['stadium', 'football club', 'sports club'],
      hu: ['stadion', 'futballklub', 'sportegyesület'],
    },
  },
  utility: {
    pattern: /(stadtwerke|versorgung|versorger|\butilit|apa canal|apa-canal|\bkozmu)/,
    words: {
      de: ['Stadtwerke', 'Versorger', 'Daseinsvorsorge'],
      ro: ['utilități publice', 'furnizor de utilități'],
      en: ['utility', 'utilities', 'public utility'],
      hu: ['közmű', 'közműszolgáltató'],
    },
  },
  'chamber-of-commerce': {
    pattern: /(handelskammer|handwerkskammer|\bihk\b|chamber of commerce|camera de comert|\bkamara)/,
    words: {
      de: ['Industrie- und Handelskammer', 'IHK', 'Handwerkskammer'],
      ro: ['camera de comerț'],
      en: ['chamber of commerce'],
      hu: ['kereskedelmi kamara', 'iparkamara'],
    },
  },
  'city-hall': {
    pattern:
      /(rathaus|stadtverwaltung|\bprimari[ae]|city hall|town hall|city council|town council|onkormanyzata\b|\bmunicipality|varoshaz|polgarmesteri hivatal|^stadt |^city of |^municipiul )/,
    words: {
      de: ['Rathaus', 'Stadtverwaltung'],
      ro: ['primărie'],
      en: ['city hall', 'town hall', 'city council', 'town council', 'municipality'],
      hu: ['városháza', 'polgármesteri hivatal', 'önkormányzat'],
    },
  },
  'fire-brigade': {
    pattern: /(feuerwehr|\bpompier|fire brigade|fire service|fire department|\btuzolto|situatii de urgenta)/,
    words: { de: ['Feuerwehr'], ro: ['pompieri'], en: ['fire brigade', 'fire service', 'fire department'], hu: ['tűzoltóság'] },
  },
  'public-transport': {
    pattern:
      /(verkehrsbetrieb|verkehrsgesellschaft|nahverkehr|\bo?pnv\b|\boepnv\b|transport public|transport in comun|public transport|transit authority|kozlekedesi (vallalat|zrt)|tomegkozlekedes)/,
    words: {
      de: ['Verkehrsbetriebe', 'Nahverkehr', 'ÖPNV'],
      ro: ['transport public', 'transport în comun'],
      en: ['public transport', 'public transit', 'transit'],
      hu: ['tömegközlekedés', 'közlekedési vállalat'],
    },
  },
};

const FIRST_SENTENCE = /^.*?[.!?](?=\s|$)/s;

/** The institution types an organisation's name or a description's first sentence names. */
export function institutionTypesOf(name: string, descriptions: readonly string[]): string[] {
  const texts = [name, ...descriptions.map((d) => (d.match(FIRST_SENTENCE)?.[0] ?? d).slice(0, 300))].map(foldForLookup);
  return Object.keys(institutionTypes).filter((type) => texts.some((t) => institutionTypes[type].pattern.test(t)));
}

const themeWords = new Map(
  themeCatalogue.map((t) => [t.key, Object.fromEntries(vocabularyLanguages.map((l) => [l, [t.labels[l], ...(themeExtraWords[t.key]?.[l] ?? [])]])) as Words]),
);

/** Words in each language for what the row is about: its themes, its kind and its types of institution. */
export function vocabularyOf(about: { themes: readonly string[]; kind?: string | null; types?: readonly string[] }): Words {
  const out: Words = { de: [], ro: [], en: [], hu: [] };
  const add = (words: Words | undefined) => {
    if (words) for (const l of vocabularyLanguages) out[l].push(...words[l]);
  };
  for (const theme of about.themes) add(themeWords.get(theme));
  if (about.kind) add(kindWords[about.kind]);
  for (const type of about.types ?? []) add(institutionTypes[type]?.words);
  return out;
}
