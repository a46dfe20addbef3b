/**
 * The labelled queries: for an organisation, the counterparts in the partner city a coordinator
 * would introduce first. Written before the engine was first run on this set (labels were not
 * changed after seeing results). Sibiu has no partnership: any suggestion from there, or from the
 * organisation's own city, is a violation.
 */
export interface EvaluationQuery {
  organisation: string;
  relevant: string[];
  why: string;
}

export const evaluationQueries: EvaluationQuery[] = [
  // From Dortmund (German and English texts) to Cluj-Napoca (Romanian, Hungarian, English).
  { organisation: 'do-aquasense', relevant: ['cj-usamv'], why: 'seeks a pilot farm for smart irrigation; USAMV offers its experimental farm' },
  { organisation: 'do-umweltamt', relevant: ['cj-primaria-mediu'], why: 'heat action plan and climate adaptation, city departments as peers' },
  { organisation: 'do-h2-institut', relevant: ['cj-ctp'], why: 'hydrogen bus research; the Cluj bus company seeks hydrogen buses' },
  { organisation: 'do-digital', relevant: ['cj-primaria-digital'], why: 'open data portal know-how; Cluj seeks an open data portal' },
  { organisation: 'do-tzdo', relevant: ['cj-startup-market', 'cj-techhub'], why: 'soft landing for a start-up entering Germany; partner incubator' },
  { organisation: 'do-secureit', relevant: ['cj-securitate', 'cj-medtech'], why: 'hospital cybersecurity; telemedicine start-up seeking a hospital test site' },
  { organisation: 'do-ki-lab', relevant: ['cj-ai-startup'], why: 'AI research lab; Hungarian-speaking AI start-up seeks a research partner' },
  { organisation: 'do-logistik', relevant: ['cj-logistics'], why: 'last-mile research seeks a courier fleet; the courier offers one' },
  { organisation: 'do-dew', relevant: ['cj-termoficare'], why: 'district heating modernisation' },
  { organisation: 'do-pflege', relevant: ['cj-medtech'], why: 'care homes want to pilot telemedicine' },
  { organisation: 'do-hwk', relevant: ['cj-vocational'], why: 'dual vocational training know-how for a technical school' },
  { organisation: 'do-edg', relevant: ['cj-deseuri'], why: 'waste separation and recycling' },
  { organisation: 'do-mobil', relevant: ['cj-cycling-ngo'], why: 'cycling infrastructure planning' },
  { organisation: 'do-jobcenter', relevant: ['cj-coding'], why: 'digital skills courses for job seekers' },
  { organisation: 'do-eu-buero', relevant: ['cj-cluster'], why: 'EU funding advice; the cluster seeks a Horizon Europe consortium' },
  { organisation: 'do-sensorik', relevant: ['cj-air-ngo'], why: 'air quality sensors; clean-air initiative seeks sensors' },
  // From Cluj-Napoca to Dortmund.
  { organisation: 'cj-usamv', relevant: ['do-aquasense'], why: 'soil moisture sensors for its research; the start-up seeks a pilot farm' },
  { organisation: 'cj-ctp', relevant: ['do-h2-institut', 'do-verkehr'], why: 'hydrogen buses; electric bus experience the Dortmund operator seeks' },
  { organisation: 'cj-festival', relevant: ['do-kulturzentrum'], why: 'festival exchange with a cultural centre' },
  { organisation: 'cj-youth-ngo', relevant: ['do-jugendring'], why: 'international youth exchange' },
  { organisation: 'cj-urban-planning', relevant: ['do-phoenix'], why: 'brownfield regeneration' },
  { organisation: 'cj-energy-coop', relevant: ['do-energiegen'], why: 'energy cooperative, solar on school roofs' },
  { organisation: 'cj-integration-ngo', relevant: ['do-integration'], why: 'migrant integration programmes' },
  { organisation: 'cj-cluster', relevant: ['do-eu-buero'], why: 'Horizon Europe consortium building' },
  { organisation: 'cj-ai-startup', relevant: ['do-ki-lab'], why: 'AI research partner' },
  { organisation: 'cj-securitate', relevant: ['do-secureit'], why: 'hospital group that seeks cybersecurity' },
  { organisation: 'cj-medtech', relevant: ['do-pflege', 'do-secureit'], why: 'care homes and a hospital group as test sites for telemedicine' },
];
