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

export const demoAgreement = {
  kind: 'letter-of-intent',
  title: 'Letter of Intent on a municipal project partnership',
  signedOn: '2020-07-31',
  mode: 'video-conference',
  summary:
    'The Lord Mayor of Dortmund and the Mayor of Cluj-Napoca declare their intent to enter a municipal project ' +
    'partnership with exchange on digitalisation and the smart city, support for technology and start-ups, ' +
    'development as innovation clusters, sustainability and public services, and to apply jointly for European funding.',
  signatories: [
    { personName: 'Ullrich Sierau', office: 'Lord Mayor of Dortmund', cityKey: DORTMUND },
    { personName: 'Emil Boc', office: 'Mayor of Cluj-Napoca', cityKey: CLUJ_NAPOCA },
  ],
  facilitators: [{ personName: 'Kai Hennig', office: 'Envoy', organisation: 'German Embassy in Bucharest' }],
} as const;

export const demoTimeline = [
  {
    occurredOn: '2019-08-01',
    kind: 'delegation-visit',
    title: 'Delegation visit',
    description: 'Delegation visit between Dortmund and Cluj-Napoca.',
  },
  {
    occurredOn: '2020-07-31',
    kind: 'agreement-signed',
    title: 'Letter of Intent signed',
    description: 'Lord Mayor Ullrich Sierau and Mayor Emil Boc sign the Letter of Intent by video conference.',
  },
] as const;

/** Public office holders: shown to everyone, without any contact details. */
export const demoPeople = [
  { name: 'Ullrich Sierau', roleTitle: 'Lord Mayor of Dortmund (2009–2020)', languages: ['de'], cityKey: DORTMUND },
  { name: 'Emil Boc', roleTitle: 'Mayor of Cluj-Napoca', languages: ['ro'], cityKey: CLUJ_NAPOCA },
] as const;
