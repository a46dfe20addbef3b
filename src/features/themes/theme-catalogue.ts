import type { LocalisedLabels } from '../../shared/locales.ts';

export interface CatalogueTheme {
  key: string;
  labels: LocalisedLabels;
}

/**
 * The fields municipal partnerships work in, in display order. Keys are stable identifiers
 * (used by partnerships, organisations and the interchange format); labels may be reworded.
 * Romanian uses the comma-below letters ș and ț, never the cedilla forms.
 */
export const themeCatalogue: readonly CatalogueTheme[] = [
  {
    key: 'digitalisation-smart-city',
    labels: {
      de: 'Digitalisierung und Smart City',
      ro: 'Digitalizare și oraș inteligent',
      en: 'Digitalisation and smart city',
      hu: 'Digitalizáció és okos város',
    },
  },
  {
    key: 'technology-startups',
    labels: { de: 'Technologie und Start-ups', ro: 'Tehnologie și start-up-uri', en: 'Technology and start-ups', hu: 'Technológia és startupok' },
  },
  {
    key: 'innovation-clusters',
    labels: { de: 'Innovation und Cluster', ro: 'Inovare și clustere', en: 'Innovation and clusters', hu: 'Innováció és klaszterek' },
  },
  {
    key: 'economy-investment',
    labels: { de: 'Wirtschaft und Investitionen', ro: 'Economie și investiții', en: 'Economy and investment', hu: 'Gazdaság és befektetések' },
  },
  {
    key: 'education-research',
    labels: { de: 'Bildung und Forschung', ro: 'Educație și cercetare', en: 'Education and research', hu: 'Oktatás és kutatás' },
  },
  {
    key: 'public-services',
    labels: {
      de: 'Öffentliche Verwaltung und Dienstleistungen',
      ro: 'Administrație și servicii publice',
      en: 'Public administration and services',
      hu: 'Közigazgatás és közszolgáltatások',
    },
  },
  {
    key: 'urban-development',
    labels: { de: 'Stadtentwicklung', ro: 'Dezvoltare urbană', en: 'Urban development', hu: 'Városfejlesztés' },
  },
  {
    key: 'mobility',
    labels: { de: 'Mobilität und Verkehr', ro: 'Mobilitate și transport', en: 'Mobility and transport', hu: 'Mobilitás és közlekedés' },
  },
  {
    key: 'energy-climate',
    labels: { de: 'Energie und Klimaschutz', ro: 'Energie și protecția climei', en: 'Energy and climate action', hu: 'Energia és klímavédelem' },
  },
  {
    key: 'sustainability',
    labels: { de: 'Nachhaltigkeit', ro: 'Sustenabilitate', en: 'Sustainability', hu: 'Fenntarthatóság' },
  },
  {
    key: 'agriculture',
    labels: { de: 'Landwirtschaft und Ernährung', ro: 'Agricultură și alimentație', en: 'Agriculture and food', hu: 'Mezőgazdaság és élelmiszer' },
  },
  {
    key: 'health-social',
    labels: { de: 'Gesundheit und Soziales', ro: 'Sănătate și asistență socială', en: 'Health and social affairs', hu: 'Egészségügy és szociális ügyek' },
  },
  {
    key: 'culture',
    labels: {
      de: 'Kultur und Kreativwirtschaft',
      ro: 'Cultură și industrii creative',
      en: 'Culture and creative industries',
      hu: 'Kultúra és kreatív iparágak',
    },
  },
  {
    key: 'tourism',
    labels: { de: 'Tourismus', ro: 'Turism', en: 'Tourism', hu: 'Turizmus' },
  },
  {
    key: 'youth-exchange',
    labels: { de: 'Jugendaustausch', ro: 'Schimburi de tineri', en: 'Youth exchange', hu: 'Ifjúsági csereprogramok' },
  },
  {
    key: 'civil-society',
    labels: {
      de: 'Zivilgesellschaft und Bürgerbeteiligung',
      ro: 'Societate civilă și participare civică',
      en: 'Civil society and civic participation',
      hu: 'Civil társadalom és állampolgári részvétel',
    },
  },
];
