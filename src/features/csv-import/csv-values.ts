import { foldForLookup } from '../../shared/text-normalize.ts';
import { itemCategories, organisationKinds, type ItemCategory, type OrganisationKind } from '../organisations/organisations.schemas.ts';

/**
 * Cell values a spreadsheet may hold for the fixed lists, in German, Romanian, English and
 * Hungarian, besides the Pontis key itself. Compared folded (case and diacritics ignored).
 */
const kindNames: Record<OrganisationKind, string[]> = {
  university: ['university', 'universität', 'hochschule', 'fachhochschule', 'universitate', 'universitatea', 'egyetem', 'főiskola'],
  'research-institute': [
    'research institute',
    'research institution',
    'forschungsinstitut',
    'forschungseinrichtung',
    'institut de cercetare',
    'kutatóintézet',
    'kutatóintézmény',
  ],
  company: ['company', 'business', 'enterprise', 'unternehmen', 'firma', 'betrieb', 'companie', 'societate', 'întreprindere', 'vállalat', 'cég', 'vállalkozás'],
  startup: ['startup', 'start-up', 'start up', 'gründung', 'startup-ul', 'induló vállalkozás'],
  'public-administration': [
    'public administration',
    'administration',
    'verwaltung',
    'öffentliche verwaltung',
    'behörde',
    'administrație publică',
    'administrația publică',
    'primărie',
    'közigazgatás',
    'önkormányzat',
    'hivatal',
  ],
  'public-company': [
    'public company',
    'municipal company',
    'öffentliches unternehmen',
    'kommunales unternehmen',
    'stadtwerke',
    'companie publică',
    'regie autonomă',
    'közvállalat',
    'önkormányzati cég',
    'városi cég',
  ],
  ngo: [
    'ngo',
    'non-profit',
    'nonprofit',
    'non-profit organisation',
    'association',
    'verein',
    'gemeinnützige organisation',
    'nro',
    'ong',
    'asociație',
    'organizație neguvernamentală',
    'fundație',
    'civil szervezet',
    'egyesület',
    'alapítvány',
    'nonprofit szervezet',
  ],
  cluster: [
    'cluster',
    'network',
    'cluster or network',
    'netzwerk',
    'cluster oder netzwerk',
    'rețea',
    'cluster sau rețea',
    'klaszter',
    'hálózat',
    'klaszter vagy hálózat',
  ],
  school: ['school', 'schule', 'școală', 'liceu', 'iskola', 'gimnázium'],
  cultural: [
    'cultural',
    'cultural institution',
    'culture',
    'kultur',
    'kultureinrichtung',
    'kulturinstitution',
    'cultură',
    'instituție culturală',
    'kulturális',
    'kulturális intézmény',
  ],
  other: ['other', 'sonstige', 'sonstiges', 'andere', 'altele', 'alta', 'altul', 'egyéb', 'más'],
};

const categoryNames: Record<ItemCategory, string[]> = {
  expertise: ['expertise', 'know-how', 'fachwissen', 'expertiză', 'expertiza', 'szakértelem', 'szaktudás'],
  technology: ['technology', 'technologie', 'tehnologie', 'technológia'],
  research: ['research', 'forschung', 'cercetare', 'kutatás'],
  'pilot-site': ['pilot site', 'testbed', 'pilotstandort', 'testfeld', 'sit pilot', 'locație pilot', 'pilot helyszín', 'tesztkörnyezet'],
  'funding-partner': ['funding partner', 'förderpartner', 'fördermittelpartner', 'partener de finanțare', 'finanszírozó partner'],
  investment: ['investment', 'investition', 'investitionen', 'investiție', 'investiții', 'befektetés', 'beruházás'],
  'market-access': ['market access', 'marktzugang', 'acces la piață', 'piacra jutás', 'piaci hozzáférés'],
  talent: ['talent', 'talents', 'talent and skills', 'fachkräfte', 'talente', 'talente și competențe', 'tehetség', 'tehetségek', 'munkaerő'],
  infrastructure: ['infrastructure', 'infrastruktur', 'infrastructură', 'infrastruktúra'],
  'knowledge-exchange': ['knowledge exchange', 'wissensaustausch', 'wissenstransfer', 'schimb de cunoștințe', 'tudáscsere', 'tudásmegosztás'],
  other: ['other', 'sonstige', 'sonstiges', 'andere', 'altele', 'alta', 'egyéb', 'más'],
};

/** ISO 639-1 codes by the language's name in the four UI languages (and its own name). */
const languageNames: Record<string, string[]> = {
  de: ['german', 'deutsch', 'germană', 'germana', 'német'],
  ro: ['romanian', 'rumänisch', 'română', 'romana', 'román'],
  en: ['english', 'englisch', 'engleză', 'engleza', 'angol'],
  hu: ['hungarian', 'ungarisch', 'maghiară', 'maghiara', 'magyar'],
  fr: ['french', 'französisch', 'franceză', 'francais', 'français', 'francia'],
  it: ['italian', 'italienisch', 'italiană', 'italiano', 'olasz'],
  es: ['spanish', 'spanisch', 'spaniolă', 'español', 'spanyol'],
  pl: ['polish', 'polnisch', 'poloneză', 'polski', 'lengyel'],
  tr: ['turkish', 'türkisch', 'turcă', 'türkçe', 'török'],
  uk: ['ukrainian', 'ukrainisch', 'ucraineană', 'українська', 'ukrán'],
  ru: ['russian', 'russisch', 'rusă', 'русский', 'orosz'],
  nl: ['dutch', 'niederländisch', 'olandeză', 'nederlands', 'holland'],
};

function lookupTable<K extends string>(keys: readonly K[], names: Record<K, string[]>): Map<string, K> {
  const table = new Map<string, K>();
  for (const key of keys) for (const name of [key, key.replace(/-/g, ' '), ...names[key]]) table.set(foldForLookup(name), key);
  return table;
}

const kinds = lookupTable(organisationKinds, kindNames);
const categories = lookupTable(itemCategories, categoryNames);
const languages = lookupTable(Object.keys(languageNames), languageNames);

export const kindFromCell = (cell: string): OrganisationKind | undefined => kinds.get(foldForLookup(cell));
export const categoryFromCell = (cell: string): ItemCategory | undefined => categories.get(foldForLookup(cell));

/** A two-letter code as written ("DE" -> "de"), or a language named in one of the four languages. */
export function languageFromCell(cell: string): string | undefined {
  const folded = foldForLookup(cell);
  if (/^[a-z]{2}$/.test(folded)) return folded;
  return languages.get(folded);
}

/** Several values in one cell: separated by comma, semicolon, vertical bar or line break. */
export const splitList = (cell: string) =>
  cell
    .split(/[,;|\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
