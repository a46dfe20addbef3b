/**
 * Writes a synthetic CSV of organisations the way a German city office keeps them (semicolon,
 * German column names and values, UTF-8 with BOM), for measuring `pontis import-csv`.
 * Deterministic: the same row count gives the same bytes.
 *
 *   npx tsx scripts/generate-organisations-csv.ts 100000 > /tmp/organisations-100k.csv
 *   npx pontis import-csv /tmp/organisations-100k.csv --city dortmund
 */
import { themeCatalogue } from '../src/features/themes/theme-catalogue.ts';

const count = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write('usage: generate-organisations-csv.ts ROWS\n');
  process.exit(2);
}

// mulberry32: small, seeded, the same sequence on every machine.
let seed = 0x5eed;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

const kinds = ['Universität', 'Forschungsinstitut', 'Unternehmen', 'Start-up', 'Verwaltung', 'Verein', 'Cluster', 'Schule', 'Kultureinrichtung'];
const categories = ['Fachwissen', 'Technologie', 'Forschung', 'Testfeld', 'Investition', 'Marktzugang', 'Fachkräfte', 'Wissensaustausch'];
const stems = ['Stadtwerk', 'Datenlabor', 'Energie', 'Mobilität', 'Wasser', 'Robotik', 'Bildung', 'Klima', 'Logistik', 'Gesundheit', 'Kultur', 'Agrar'];
const forms = ['GmbH', 'e. V.', 'AG', 'Institut', 'Zentrum', 'Netzwerk', 'Werkstatt'];
const topics = [
  'Sensorik für die Bewässerung städtischer Grünflächen',
  'offene Daten und digitale Verwaltungsleistungen',
  'Wärmepumpen und kommunale Wärmeplanung',
  'Ausbildung von Fachkräften für Software und Elektronik',
  'Radverkehr, Sharing-Angebote und ÖPNV-Daten',
  'Kreislaufwirtschaft und Recycling von Baustoffen',
  'Gründungsberatung und Förderung junger Unternehmen',
  'Austausch von Schulklassen und Jugendgruppen',
];
const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

const header = [
  'Schlüssel',
  'Name',
  'Art',
  'Stadt',
  'Webseite',
  'Sprachen',
  'Beschreibung',
  'Sprache',
  'Themen',
  'Angebot Titel',
  'Angebot',
  'Angebotskategorie',
  'Gesuch',
  'Gesuchskategorie',
];
const out: string[] = ['\uFEFF' + header.join(';')];
const flush = () => {
  process.stdout.write(out.join('\r\n') + '\r\n');
  out.length = 0;
};
for (let i = 1; i <= count; i++) {
  const name = `${pick(stems)} ${pick(stems)} ${pick(forms)} ${i}`;
  const topic = pick(topics);
  const themes = [pick(themeCatalogue).key, pick(themeCatalogue).key].filter((t, j, all) => all.indexOf(t) === j);
  const row = [
    `org-${String(i).padStart(6, '0')}`,
    name,
    pick(kinds),
    'Dortmund',
    random() < 0.7 ? `www.org-${i}.example.de` : '',
    random() < 0.5 ? 'de, en' : 'Deutsch; Englisch; Rumänisch',
    `${name} arbeitet an ${topic}; seit ${1950 + Math.floor(random() * 70)} in Dortmund, "mit Partnern" in Europa.`,
    'de',
    themes.join(', '),
    random() < 0.6 ? `Zusammenarbeit: ${topic}` : '',
    random() < 0.6 ? `Wir bieten Erfahrung mit ${topic} und Zugang zu Testflächen.` : '',
    random() < 0.6 ? pick(categories) : '',
    random() < 0.4 ? `Wir suchen Partner in Cluj-Napoca für ${topic}.` : '',
    '',
  ];
  // An offer title or category without offer text would be invalid: keep them together.
  if (!row[10]) row[9] = row[11] = '';
  out.push(row.map(quote).join(';'));
  if (out.length >= 1000) flush();
}
flush();
