/**
 * What the demo partnership carries beyond the interchange file (demo-partnership.json): the
 * coordinating offices, the Letter of Intent, the timeline and the two mayors as public persons.
 * Source: a German press report of 31 July 2020 on the Letter of Intent (shared/press/).
 * Only public facts: no personal e-mail addresses or telephone numbers.
 */
export const DEMO_PARTNERSHIP_KEY = 'dortmund-cluj-napoca';
export const DORTMUND = 'dortmund';
export const CLUJ_NAPOCA = 'cluj-napoca';

/** The offices that coordinate the partnership in each city (by city key). */
export const demoOffices: Record<string, { name: string; address: string }> = {
  [DORTMUND]: {
    name: 'Büro für Internationale Beziehungen und Nachhaltige Entwicklung',
    address: 'Stadt Dortmund, Friedensplatz 1, 44135 Dortmund',
  },
  [CLUJ_NAPOCA]: {
    name: 'Office for International Affairs and Foreign Investment',
    address: 'Primăria Municipiului Cluj-Napoca, Strada Moților 1-3, Cluj-Napoca',
  },
};

/**
 * The Letter of Intent and the timeline in German (the original: the record is kept by the
 * Dortmund office, worded after the city's press report), Romanian and English. Hungarian is
 * left out on purpose: a Hungarian reader sees the German original with a note saying so.
 */
export const demoAgreement = {
  kind: 'letter-of-intent',
  originalLang: 'de',
  title: {
    de: 'Absichtserklärung über eine kommunale Projektpartnerschaft',
    ro: 'Scrisoare de intenție privind un parteneriat municipal de proiect',
    en: 'Letter of Intent on a municipal project partnership',
  },
  signedOn: '2020-07-31',
  mode: 'video-conference',
  summary: {
    de:
      'Der Oberbürgermeister der Stadt Dortmund und der Bürgermeister von Cluj-Napoca erklären ihre Absicht, eine kommunale ' +
      'Projektpartnerschaft einzugehen. Im Mittelpunkt steht der Austausch zu Digitalisierung und Smart City, zur Technologie- ' +
      'und Start-up-Förderung, zur Weiterentwicklung als Innovationscluster sowie zu Nachhaltigkeit und Daseinsvorsorge. ' +
      'Beide Städte wollen sich zudem gemeinsam um europäische Fördermittel bewerben.',
    ro:
      'Primarul general al orașului Dortmund și primarul municipiului Cluj-Napoca își declară intenția de a încheia un ' +
      'parteneriat municipal de proiect. În centrul colaborării se află schimbul de experiență privind digitalizarea și ' +
      'orașul inteligent, sprijinirea tehnologiei și a start-up-urilor, dezvoltarea ca clustere de inovare, precum și ' +
      'sustenabilitatea și serviciile publice. Cele două orașe doresc, de asemenea, să candideze împreună pentru finanțări europene.',
    en:
      'The Lord Mayor of Dortmund and the Mayor of Cluj-Napoca declare their intent to enter a municipal project ' +
      'partnership with exchange on digitalisation and the smart city, support for technology and start-ups, ' +
      'development as innovation clusters, sustainability and public services, and to apply jointly for European funding.',
  },
  signatories: [
    {
      personName: 'Ullrich Sierau',
      office: { de: 'Oberbürgermeister der Stadt Dortmund', ro: 'Primarul general al orașului Dortmund', en: 'Lord Mayor of Dortmund' },
      cityKey: DORTMUND,
    },
    {
      personName: 'Emil Boc',
      office: { de: 'Bürgermeister von Cluj-Napoca', ro: 'Primarul municipiului Cluj-Napoca', en: 'Mayor of Cluj-Napoca' },
      cityKey: CLUJ_NAPOCA,
    },
  ],
  facilitators: [
    {
      personName: 'Kai Hennig',
      office: { de: 'Gesandter', ro: 'Ministru consilier', en: 'Envoy' },
      organisation: 'German Embassy in Bucharest',
    },
  ],
} as const;

export const demoTimeline = [
  {
    occurredOn: '2019-08-01',
    kind: 'delegation-visit',
    originalLang: 'de',
    title: { de: 'Delegationsbesuch', ro: 'Vizita delegației', en: 'Delegation visit' },
    description: {
      de: 'Delegationsbesuch zwischen Dortmund und Cluj-Napoca.',
      ro: 'Vizită a delegației între Dortmund și Cluj-Napoca.',
      en: 'Delegation visit between Dortmund and Cluj-Napoca.',
    },
  },
  {
    occurredOn: '2020-07-31',
    kind: 'agreement-signed',
    originalLang: 'de',
    title: { de: 'Absichtserklärung unterzeichnet', ro: 'Scrisoarea de intenție a fost semnată', en: 'Letter of Intent signed' },
    description: {
      de: 'Oberbürgermeister Ullrich Sierau und Bürgermeister Emil Boc unterzeichnen die Absichtserklärung per Videokonferenz.',
      ro: 'Primarul general Ullrich Sierau și primarul Emil Boc semnează scrisoarea de intenție prin videoconferință.',
      en: 'Lord Mayor Ullrich Sierau and Mayor Emil Boc sign the Letter of Intent by video conference.',
    },
  },
] as const;

/** Public office holders: shown to everyone, without any contact details. */
export const demoPeople = [
  { name: 'Ullrich Sierau', roleTitle: 'Lord Mayor of Dortmund (2009–2020)', languages: ['de'], cityKey: DORTMUND },
  { name: 'Emil Boc', roleTitle: 'Mayor of Cluj-Napoca', languages: ['ro'], cityKey: CLUJ_NAPOCA },
] as const;
