import { foldForLookup } from '../../shared/text-normalize.ts';

/**
 * The Pontis fields a spreadsheet column can be mapped to. One row is one organisation with at
 * most one offer and one request: offices keep one line per organisation, and repeated column
 * groups ("Offer 2", "Offer 3") are rare in their sheets and hard to map by hand.
 */
export const csvFields = [
  'key',
  'name',
  'kind',
  'city',
  'website',
  'languages',
  'description',
  'descriptionLang',
  'themes',
  'offerTitle',
  'offerText',
  'offerCategory',
  'requestTitle',
  'requestText',
  'requestCategory',
] as const;
export type CsvField = (typeof csvFields)[number];

/** Field -> column header as written in the file. Unmapped fields are left out. */
export type CsvMapping = Partial<Record<CsvField, string>>;

/** Only letters and digits of the folded text: "Sit web", "Sit-Web" and "SITWEB" meet. */
export const headerToken = (header: string) => foldForLookup(header).replace(/[^a-z0-9]+/g, '');

/**
 * Column names offices use, in German, Romanian, English and Hungarian (compared folded, without
 * spaces or punctuation). More specific names (offer title) come before general ones (title).
 */
const synonyms: Record<CsvField, string[]> = {
  key: ['key', 'schlüssel', 'kürzel', 'kurzname', 'id', 'cheie', 'cod', 'identificator', 'kulcs', 'azonosító', 'kód', 'slug'],
  name: [
    'name',
    'organisation',
    'organization',
    'organisationsname',
    'einrichtung',
    'institution',
    'firma',
    'denumire',
    'nume',
    'organizație',
    'organizatie',
    'instituție',
    'név',
    'szervezet',
    'szervezet neve',
    'intézmény',
    'megnevezés',
  ],
  kind: ['kind', 'type', 'art', 'typ', 'organisationsart', 'organisationstyp', 'tip', 'tipul', 'tip organizație', 'fel', 'típus', 'szervezet típusa'],
  city: ['city', 'stadt', 'ort', 'kommune', 'oraș', 'localitate', 'municipiu', 'város', 'település'],
  website: ['website', 'webseite', 'homepage', 'internetseite', 'url', 'web', 'site', 'site web', 'sit web', 'pagina web', 'weboldal', 'honlap', 'internetcím'],
  languages: ['languages', 'working languages', 'sprachen', 'arbeitssprachen', 'limbi', 'limbi de lucru', 'nyelvek', 'munkanyelvek'],
  description: ['description', 'beschreibung', 'profil', 'kurzbeschreibung', 'descriere', 'prezentare', 'leírás', 'bemutatkozás'],
  descriptionLang: [
    'description language',
    'language of description',
    'language',
    'sprache',
    'sprache der beschreibung',
    'beschreibungssprache',
    'limba',
    'limba descrierii',
    'nyelv',
    'leírás nyelve',
  ],
  themes: ['themes', 'topics', 'themen', 'themenfelder', 'teme', 'domenii', 'témák', 'témakörök'],
  offerTitle: ['offer title', 'angebot titel', 'titel angebot', 'angebotstitel', 'titlu ofertă', 'titlul ofertei', 'ajánlat címe', 'ajánlat cím'],
  offerText: [
    'offer',
    'offer text',
    'we offer',
    'angebot',
    'angebotstext',
    'wir bieten',
    'ofertă',
    'text ofertă',
    'oferim',
    'ajánlat',
    'ajánlat szövege',
    'kínálunk',
  ],
  offerCategory: [
    'offer category',
    'angebotskategorie',
    'kategorie angebot',
    'angebot kategorie',
    'categorie ofertă',
    'categoria ofertei',
    'ajánlat kategóriája',
    'ajánlat kategória',
  ],
  requestTitle: ['request title', 'gesuch titel', 'titel gesuch', 'bedarf titel', 'titlu cerere', 'titlul cererii', 'kérés címe', 'igény címe'],
  requestText: [
    'request',
    'request text',
    'we look for',
    'we seek',
    'gesuch',
    'bedarf',
    'wir suchen',
    'nachfrage',
    'cerere',
    'text cerere',
    'căutăm',
    'solicitare',
    'kérés',
    'igény',
    'keresünk',
  ],
  requestCategory: [
    'request category',
    'gesuchskategorie',
    'kategorie gesuch',
    'bedarf kategorie',
    'categorie cerere',
    'categoria cererii',
    'kérés kategóriája',
    'igény kategória',
  ],
};

const fieldByToken = new Map<string, CsvField>();
for (const field of csvFields) for (const s of synonyms[field]) if (!fieldByToken.has(headerToken(s))) fieldByToken.set(headerToken(s), field);

/** The field a column name suggests, if any. */
export const fieldForHeader = (header: string): CsvField | undefined => fieldByToken.get(headerToken(header));

/**
 * A mapping suggested from the column names: each field takes the first column whose name is one
 * of its synonyms; a column serves one field only. Empty headers are never mapped.
 */
export function suggestMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  for (const header of headers) {
    const field = fieldForHeader(header);
    if (field && !mapping[field] && header.trim()) mapping[field] = header;
  }
  return mapping;
}

/**
 * The index of the header row among the first rows: the one naming the most known fields (a sheet
 * may start with a title line or a blank line). Without any known column name, the first row.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number {
  let best = -1;
  let bestScore = 0;
  rows.slice(0, 10).forEach((row, index) => {
    const score = new Set(row.map(fieldForHeader).filter(Boolean)).size;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  if (best >= 0) return best;
  const firstFilled = rows.findIndex((row) => row.some((cell) => cell.trim()));
  return Math.max(firstFilled, 0);
}

/** Problems of a mapping against the file's headers, as {field, message}; empty when usable. */
export function checkMapping(mapping: CsvMapping, headers: readonly string[], options: { defaultCity: boolean }): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const known = new Set(headers);
  for (const [field, column] of Object.entries(mapping)) {
    if (!(csvFields as readonly string[]).includes(field))
      problems.push({ field, message: `"${field}" is not a field that can be imported (fields: ${csvFields.join(', ')})` });
    else if (column !== undefined && !known.has(column))
      problems.push({ field, message: `the file has no column "${column}" (columns: ${headers.filter(Boolean).join(', ')})` });
  }
  if (!mapping.name) problems.push({ field: 'name', message: 'map a column to the organisation name' });
  if (!mapping.kind) problems.push({ field: 'kind', message: 'map a column to the kind of organisation' });
  if (!mapping.city && !options.defaultCity) problems.push({ field: 'city', message: 'map a column to the city or give the city for all rows' });
  return problems;
}
