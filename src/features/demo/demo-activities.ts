import type { ActivityFileParticipant, ActivityFileRecord } from '../activities/index.ts';
import { CLUJ_NAPOCA, DEMO_PARTNERSHIP_KEY, DORTMUND } from './demo-facts.ts';
import { DEMO_PROGRAMME_KEY, demoProgramme } from './demo-programme.ts';

// The exchange activities of the demo partnership, as the interchange file carries them: a past
// delegation visit to Cluj-Napoca with a smart-city workshop (55 people, enough for the CERV
// town-twinning rule), a small past online start-up exchange, and two coming ones dated from the
// day the demo is loaded: a study visit to Dortmund with its waiting list and a webinar on
// agriculture. Every participant is a fictional person; no real private individual is named.

type Text = { lang: string; text: string };
const texts = (entries: Record<string, string>): Text[] => Object.entries(entries).map(([lang, text]) => ({ lang, text }));

const firstNames: Record<string, string[]> = {
  DE: ['Anna', 'Jonas', 'Lea', 'Felix', 'Sophie', 'Lukas', 'Marie', 'Paul', 'Laura', 'Tim', 'Julia', 'Moritz', 'Hannah', 'Niklas'],
  RO: ['Andreea', 'Mihai', 'Ioana', 'Radu', 'Elena', 'Vlad', 'Cristina', 'Bogdan', 'Alina', 'Sorin', 'Diana', 'Tudor', 'Raluca', 'Ovidiu'],
  HU: ['Zsófia', 'Bence', 'Réka', 'Levente'],
  AT: ['Katharina', 'Florian', 'Theresa'],
  PL: ['Agnieszka', 'Piotr', 'Magdalena'],
};
const lastNames: Record<string, string[]> = {
  DE: ['Becker', 'Schulte', 'Wagner', 'Hoffmann', 'Krüger', 'Neumann', 'Schröder', 'Lange', 'Brandt', 'Vogel', 'Hartmann', 'Kemper'],
  RO: ['Popescu', 'Muresan', 'Pop', 'Rusu', 'Moldovan', 'Sabău', 'Crișan', 'Rus', 'Oltean', 'Man', 'Cîmpean', 'Bogdan'],
  HU: ['Kovács', 'Szabó', 'Nagy', 'Tóth'],
  AT: ['Gruber', 'Huber', 'Bauer'],
  PL: ['Nowak', 'Kowalska', 'Wiśniewski'],
};

/** The n-th fictional name of a country (first and last names combined so that none repeats). */
const nameOf = (country: string, n: number) => {
  const first = firstNames[country]!;
  const last = lastNames[country]!;
  return `${first[n % first.length]} ${last[(n + Math.floor(n / first.length)) % last.length]}`;
};

interface Group {
  country: string;
  count: number;
  organisations?: string[];
  city?: string;
  cityName?: string;
  organisationName?: string;
  organisationKind?: string;
  language: string;
  role?: ActivityFileParticipant['role'];
}

/** People of each group in turn, with their organisation, city and the days they attended. */
function people(groups: Group[], attended: (i: number) => string[], offset = 0): ActivityFileParticipant[] {
  const used = new Map<string, number>();
  return groups.flatMap((g) =>
    Array.from({ length: g.count }, (_, i) => {
      const n = used.get(g.country) ?? offset;
      used.set(g.country, n + 1);
      const organisation = g.organisations?.[i % g.organisations.length];
      return {
        name: nameOf(g.country, n),
        ...(organisation ? { organisation } : g.organisationName ? { organisationName: g.organisationName, organisationKind: g.organisationKind } : {}),
        ...(g.city ? { city: g.city } : g.cityName ? { cityName: g.cityName } : {}),
        country: g.country,
        role: g.role ?? 'participant',
        status: 'registered' as const,
        language: g.language,
        attendedDays: attended(i),
      };
    }),
  );
}

const dortmundOrgs = [
  'tu-dortmund',
  'fh-dortmund',
  'fraunhofer-isst',
  'fraunhofer-iml',
  'wirtschaftsfoerderung-dortmund',
  'dew21',
  'adesso',
  'materna',
  'klimasensor-dortmund',
  'technologiezentrum-dortmund',
];
const clujOrgs = ['utcn', 'ubb', 'cluj-it-cluster', 'tetarom', 'fortech', 'arobs', 'sapientia', 'usamv-cluj'];

function delegationVisit(): ActivityFileRecord {
  const days = ['2022-10-11', '2022-10-12'];
  const both = () => days;
  const participants = [
    ...people([{ country: 'DE', count: 24, organisations: dortmundOrgs, city: DORTMUND, language: 'de', role: 'delegate' }], (i) =>
      i % 8 === 7 ? [days[0]!] : both(),
    ),
    ...people([{ country: 'RO', count: 22, organisations: clujOrgs, city: CLUJ_NAPOCA, language: 'ro' }], (i) => (i % 5 === 4 ? [days[1]!] : both())),
    ...people(
      [{ country: 'HU', count: 3, cityName: 'Budapest', organisationName: 'Budapest Smart City Lab', organisationKind: 'research-institute', language: 'en' }],
      both,
    ),
    ...people(
      [{ country: 'AT', count: 3, cityName: 'Graz', organisationName: 'Smart City Graz', organisationKind: 'public-administration', language: 'de' }],
      both,
    ),
    ...people(
      [{ country: 'PL', count: 3, cityName: 'Wrocław', organisationName: 'Wrocław Technology Park', organisationKind: 'cluster', language: 'en' }],
      () => [days[1]!],
    ),
  ];
  // Two who had registered and could not come: kept, and not counted.
  participants[5] = { ...participants[5]!, status: 'cancelled', attendedDays: [] };
  participants[30] = { ...participants[30]!, status: 'cancelled', attendedDays: [] };
  participants.push(
    {
      name: 'Cosmin Dragoș',
      organisation: 'utcn',
      city: CLUJ_NAPOCA,
      country: 'RO',
      role: 'speaker',
      status: 'registered',
      language: 'ro',
      attendedDays: days,
    },
    {
      name: 'Henrike Sauer',
      organisation: 'fraunhofer-isst',
      city: DORTMUND,
      country: 'DE',
      role: 'speaker',
      status: 'registered',
      language: 'de',
      attendedDays: days,
    },
  );
  return {
    key: 'delegation-visit-cluj-2022',
    partnership: DEMO_PARTNERSHIP_KEY,
    kind: 'delegation-visit',
    status: 'planned',
    title: texts({
      ro: 'Vizita delegației din Dortmund la Cluj-Napoca, cu atelier smart city',
      de: 'Delegationsreise Dortmunds nach Cluj-Napoca mit Smart-City-Workshop',
      en: 'Dortmund delegation visit to Cluj-Napoca with a smart-city workshop',
      hu: 'Dortmundi küldöttség látogatása Kolozsváron, okosváros-műhellyel',
    }),
    description: texts({
      ro: 'Două zile de întâlniri între administrații, universități și firme: atelier smart city la UTCN, vizită la Cluj Innovation Park.',
      de: 'Zwei Tage Begegnungen zwischen Verwaltungen, Hochschulen und Unternehmen: Smart-City-Workshop an der UTCN, Besuch im Cluj Innovation Park.',
      en: 'Two days of meetings between administrations, universities and companies: smart-city workshop at UTCN, visit to Cluj Innovation Park.',
    }),
    originalLang: 'ro',
    hostCity: CLUJ_NAPOCA,
    timeZone: 'Europe/Bucharest',
    startsAt: '2022-10-11T09:00',
    endsAt: '2022-10-12T16:00',
    venue: 'Universitatea Tehnică din Cluj-Napoca, Str. Memorandumului 28',
    languages: ['ro', 'de', 'en'],
    themes: ['digitalisation-smart-city', 'innovation-clusters'],
    organisers: ['utcn', 'wirtschaftsfoerderung-dortmund'],
    agenda: [
      {
        startsAt: '2022-10-11T09:00',
        endsAt: '2022-10-11T10:00',
        title: texts({ ro: 'Deschidere la Primărie', de: 'Eröffnung im Rathaus', en: 'Opening at the City Hall' }),
        language: 'ro',
      },
      {
        startsAt: '2022-10-11T10:30',
        endsAt: '2022-10-11T16:30',
        title: texts({ en: 'Smart-city workshop', de: 'Smart-City-Workshop', ro: 'Atelier smart city' }),
        speakers: 'Cosmin Dragoș, Henrike Sauer',
        language: 'en',
      },
      {
        startsAt: '2022-10-12T09:30',
        endsAt: '2022-10-12T13:00',
        title: texts({ ro: 'Vizită la Cluj Innovation Park', de: 'Besuch im Cluj Innovation Park', en: 'Visit to Cluj Innovation Park' }),
      },
    ],
    measure: { programme: DEMO_PROGRAMME_KEY, measure: 'smart-city-workshops' },
    isPublic: true,
    registration: { open: false, capacity: 60 },
    outcomes: texts({
      ro: 'Trei idei de proiecte-pilot (senzori de trafic, date deschise, ghișeu digital); UTCN și Fraunhofer ISST pregătesc o candidatură comună.',
      de: 'Drei Pilotideen (Verkehrssensoren, offene Daten, digitales Bürgerbüro); UTCN und Fraunhofer ISST bereiten einen gemeinsamen Antrag vor.',
      en: 'Three pilot ideas (traffic sensors, open data, digital citizen office); UTCN and Fraunhofer ISST are preparing a joint application.',
    }),
    minutes: texts({ en: 'Minutes kept by the Office for International Affairs of Cluj-Napoca; next step: a study visit to Dortmund on public services.' }),
    participants,
    encounters: [
      ['fraunhofer-isst', 'utcn'],
      ['fh-dortmund', 'sapientia'],
      ['adesso', 'arobs'],
    ],
  };
}

function startupExchange(): ActivityFileRecord {
  const day = ['2021-11-18'];
  return {
    key: 'online-startup-exchange-2021',
    partnership: DEMO_PARTNERSHIP_KEY,
    kind: 'online-meeting',
    status: 'planned',
    title: texts({
      en: 'Online start-up exchange Dortmund – Cluj-Napoca',
      de: 'Online-Start-up-Austausch Dortmund – Cluj-Napoca',
      ro: 'Schimb online între start-up-uri Dortmund – Cluj-Napoca',
    }),
    description: texts({ en: 'Eight start-ups pitch to each other and to both clusters; matchmaking in breakout rooms.' }),
    originalLang: 'en',
    timeZone: 'Europe/Berlin',
    startsAt: '2021-11-18T15:00',
    endsAt: '2021-11-18T17:30',
    onlineUrl: 'https://meet.example.org/dortmund-cluj-startups',
    languages: ['en'],
    themes: ['technology-startups'],
    organisers: ['technologiezentrum-dortmund', 'cluj-it-cluster'],
    measure: { programme: DEMO_PROGRAMME_KEY, measure: 'startup-exchange' },
    isPublic: true,
    registration: { open: false },
    outcomes: texts({ en: 'Two start-ups agreed on a joint pilot; the soft-landing programme was proposed.' }),
    participants: [
      ...people(
        [{ country: 'DE', count: 6, organisations: ['klimasensor-dortmund', 'technologiezentrum-dortmund', 'adesso'], city: DORTMUND, language: 'de' }],
        () => day,
        20,
      ),
      ...people([{ country: 'RO', count: 6, organisations: ['cluj-it-cluster', 'fortech', 'arobs'], city: CLUJ_NAPOCA, language: 'ro' }], () => day, 20),
    ],
    encounters: [['cluj-it-cluster', 'technologiezentrum-dortmund']],
  };
}

/** The local date `days` after `from`, at `time`. */
const localAfter = (from: Date, days: number, time: string) => `${new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;

function studyVisit(today: Date): ActivityFileRecord {
  const registered = people(
    [
      { country: 'RO', count: 26, organisations: ['ubb', 'utcn', 'tetarom', 'usamv-cluj'], city: CLUJ_NAPOCA, language: 'ro' },
      { country: 'HU', count: 2, organisations: ['sapientia'], city: CLUJ_NAPOCA, language: 'hu' },
      { country: 'DE', count: 2, organisations: ['wirtschaftsfoerderung-dortmund'], city: DORTMUND, language: 'de', role: 'organiser' },
    ],
    () => [],
    40,
  ).map(({ attendedDays: _, ...p }) => p);
  return {
    key: 'study-visit-dortmund-public-services',
    partnership: DEMO_PARTNERSHIP_KEY,
    kind: 'study-visit',
    status: 'planned',
    title: texts({
      de: 'Studienbesuch in Dortmund: öffentliche Dienstleistungen',
      ro: 'Vizită de studiu la Dortmund: servicii publice',
      en: 'Study visit to Dortmund: public services',
      hu: 'Tanulmányút Dortmundba: közszolgáltatások',
    }),
    description: texts({
      de: 'Bürgerdienste, Stadtwerke und digitale Verwaltung in Dortmund: drei Tage mit Fachleuten aus Cluj-Napoca.',
      ro: 'Servicii pentru cetățeni, utilități și administrație digitală la Dortmund: trei zile cu specialiști din Cluj-Napoca.',
      en: 'Citizen services, utilities and digital administration in Dortmund: three days with experts from Cluj-Napoca.',
    }),
    originalLang: 'de',
    hostCity: DORTMUND,
    timeZone: 'Europe/Berlin',
    startsAt: localAfter(today, 40, '09:00'),
    endsAt: localAfter(today, 42, '15:00'),
    venue: 'Rathaus Dortmund, Friedensplatz 1',
    languages: ['de', 'ro', 'en'],
    themes: ['public-services'],
    organisers: ['wirtschaftsfoerderung-dortmund'],
    measure: { programme: DEMO_PROGRAMME_KEY, measure: 'public-services-study-visits' },
    isPublic: true,
    registration: { open: true, capacity: 30, deadline: localAfter(today, 30, '23:59') },
    participants: [
      ...registered,
      { name: 'Gabriela Luca', organisation: 'ubb', city: CLUJ_NAPOCA, country: 'RO', role: 'participant', status: 'waiting', language: 'ro' },
    ],
  };
}

function agricultureWebinar(today: Date): ActivityFileRecord {
  return {
    key: 'webinar-sustainable-agriculture',
    partnership: DEMO_PARTNERSHIP_KEY,
    kind: 'webinar',
    status: 'planned',
    title: texts({
      ro: 'Webinar: agricultura durabilă în jurul orașelor',
      de: 'Webinar: nachhaltige Landwirtschaft rund um die Städte',
      en: 'Webinar: sustainable agriculture around cities',
      hu: 'Webinárium: fenntartható mezőgazdaság a városok körül',
    }),
    description: texts({ ro: 'USAMV Cluj-Napoca prezintă rezultatele proiectelor sale de agricultură periurbană.' }),
    originalLang: 'ro',
    timeZone: 'Europe/Bucharest',
    startsAt: localAfter(today, 21, '16:00'),
    endsAt: localAfter(today, 21, '17:30'),
    onlineUrl: 'https://meet.example.org/agri-webinar',
    languages: ['ro', 'en', 'hu'],
    themes: ['agriculture', 'sustainability'],
    organisers: ['usamv-cluj'],
    measure: { programme: DEMO_PROGRAMME_KEY, measure: 'agri-webinars' },
    isPublic: true,
    registration: { open: true, capacity: 100 },
    participants: people(
      [
        { country: 'RO', count: 3, organisations: ['usamv-cluj'], city: CLUJ_NAPOCA, language: 'ro' },
        { country: 'HU', count: 1, organisations: ['sapientia'], city: CLUJ_NAPOCA, language: 'hu' },
        { country: 'DE', count: 2, organisations: ['fh-dortmund'], city: DORTMUND, language: 'de' },
      ],
      () => [],
      70,
    ).map(({ attendedDays: _, ...p }) => p),
  };
}

/**
 * The programme and the activities as one interchange document, imported by seed-demo.ts through
 * the interchange importer (so the demo proves the format). Coming activities are dated from `today`.
 */
export function demoLifeDocument(today: Date) {
  return {
    format: 'pontis-interchange/1' as const,
    programmes: [demoProgramme],
    activities: [startupExchange(), delegationVisit(), studyVisit(today), agricultureWebinar(today)],
  };
}
