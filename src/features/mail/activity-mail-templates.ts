import type { UiLocale } from '../../shared/locales.ts';
import { pickMailLocale, type MailContent } from './mail-templates.ts';

/** Why an activity mail is sent (issue 13): each comes with the .ics the sending feature attaches. */
export type ActivityMailKind = 'registered' | 'waiting' | 'promoted' | 'changed' | 'cancelled';

export interface ActivityMailParams {
  kind: ActivityMailKind;
  participantName: string;
  /** The activity's title in the participant's language (or its original). */
  title: string;
  /** Start and end as local date-times in the activity's time zone, e.g. "2027-05-10 09:00". */
  startsLocal: string;
  endsLocal: string;
  timeZone: string;
  /** The venue, the online link, or both. */
  place: string | null;
  /** The activity's page in Pontis. */
  link: string;
  /** The organisers' reason for a cancellation, if they gave one. */
  reason?: string | null;
}

interface Wording {
  hello: (name: string) => string;
  subject: Record<ActivityMailKind, (title: string) => string>;
  lead: Record<ActivityMailKind, (title: string) => string>;
  when: string;
  where: string;
  reason: string;
  attached: Record<'invitation' | 'cancellation' | 'none', string>;
  page: string;
}

const wording: Record<UiLocale, Wording> = {
  de: {
    hello: (name) => `Guten Tag ${name},`,
    subject: {
      registered: (t) => `Pontis: Ihre Anmeldung – ${t}`,
      waiting: (t) => `Pontis: Sie stehen auf der Warteliste – ${t}`,
      promoted: (t) => `Pontis: Ein Platz ist frei geworden – ${t}`,
      changed: (t) => `Pontis: Geändert – ${t}`,
      cancelled: (t) => `Pontis: Abgesagt – ${t}`,
    },
    lead: {
      registered: (t) => `Sie sind für „${t}“ angemeldet.`,
      waiting: (t) => `Die Plätze für „${t}“ sind vergeben; Sie stehen auf der Warteliste. Wir schreiben Ihnen, sobald ein Platz frei wird.`,
      promoted: (t) => `Ein Platz ist frei geworden: Sie sind jetzt für „${t}“ angemeldet.`,
      changed: (t) => `Zeit, Ort oder Link von „${t}“ haben sich geändert. So sieht es jetzt aus:`,
      cancelled: (t) => `„${t}“ wurde abgesagt.`,
    },
    when: 'Wann',
    where: 'Wo',
    reason: 'Grund',
    attached: {
      invitation: 'Der Termin ist als Kalenderdatei (.ics) angehängt; Ihr Kalender aktualisiert ihn bei Änderungen.',
      cancellation: 'Die angehängte Kalenderdatei (.ics) entfernt den Termin aus Ihrem Kalender.',
      none: '',
    },
    page: 'Zur Aktivität',
  },
  ro: {
    hello: (name) => `Bună ziua, ${name},`,
    subject: {
      registered: (t) => `Pontis: înscrierea dumneavoastră – ${t}`,
      waiting: (t) => `Pontis: sunteți pe lista de așteptare – ${t}`,
      promoted: (t) => `Pontis: s-a eliberat un loc – ${t}`,
      changed: (t) => `Pontis: modificare – ${t}`,
      cancelled: (t) => `Pontis: anulat – ${t}`,
    },
    lead: {
      registered: (t) => `Sunteți înscris(ă) la „${t}”.`,
      waiting: (t) => `Locurile pentru „${t}” sunt ocupate; sunteți pe lista de așteptare. Vă scriem de îndată ce se eliberează un loc.`,
      promoted: (t) => `S-a eliberat un loc: acum sunteți înscris(ă) la „${t}”.`,
      changed: (t) => `Ora, locul sau linkul pentru „${t}” s-au schimbat. Iată noile detalii:`,
      cancelled: (t) => `„${t}” a fost anulat.`,
    },
    when: 'Când',
    where: 'Unde',
    reason: 'Motiv',
    attached: {
      invitation: 'Evenimentul este atașat ca fișier de calendar (.ics); calendarul dumneavoastră îl actualizează la modificări.',
      cancellation: 'Fișierul de calendar atașat (.ics) elimină evenimentul din calendarul dumneavoastră.',
      none: '',
    },
    page: 'Pagina activității',
  },
  en: {
    hello: (name) => `Hello ${name},`,
    subject: {
      registered: (t) => `Pontis: you are registered – ${t}`,
      waiting: (t) => `Pontis: you are on the waiting list – ${t}`,
      promoted: (t) => `Pontis: a place became free – ${t}`,
      changed: (t) => `Pontis: changed – ${t}`,
      cancelled: (t) => `Pontis: cancelled – ${t}`,
    },
    lead: {
      registered: (t) => `You are registered for “${t}”.`,
      waiting: (t) => `“${t}” is full; you are on the waiting list. We will write to you as soon as a place becomes free.`,
      promoted: (t) => `A place became free: you are now registered for “${t}”.`,
      changed: (t) => `The time, place or link of “${t}” has changed. This is how it is now:`,
      cancelled: (t) => `“${t}” has been cancelled.`,
    },
    when: 'When',
    where: 'Where',
    reason: 'Reason',
    attached: {
      invitation: 'The event is attached as a calendar file (.ics); your calendar updates it when it changes.',
      cancellation: 'The attached calendar file (.ics) removes the event from your calendar.',
      none: '',
    },
    page: 'The activity',
  },
  hu: {
    hello: (name) => `Kedves ${name}!`,
    subject: {
      registered: (t) => `Pontis: sikeres jelentkezés – ${t}`,
      waiting: (t) => `Pontis: várólistára került – ${t}`,
      promoted: (t) => `Pontis: felszabadult egy hely – ${t}`,
      changed: (t) => `Pontis: változás – ${t}`,
      cancelled: (t) => `Pontis: elmarad – ${t}`,
    },
    lead: {
      registered: (t) => `Jelentkezését rögzítettük: „${t}”.`,
      waiting: (t) => `A(z) „${t}” megtelt; Ön a várólistán van. Amint felszabadul egy hely, írunk Önnek.`,
      promoted: (t) => `Felszabadult egy hely: Ön most már részt vesz a következőn: „${t}”.`,
      changed: (t) => `A(z) „${t}” időpontja, helyszíne vagy linkje megváltozott. Az új adatok:`,
      cancelled: (t) => `A(z) „${t}” elmarad.`,
    },
    when: 'Mikor',
    where: 'Hol',
    reason: 'Indok',
    attached: {
      invitation: 'Az eseményt naptárfájlként (.ics) csatoltuk; a naptára változás esetén frissíti.',
      cancellation: 'A csatolt naptárfájl (.ics) törli az eseményt a naptárából.',
      none: '',
    },
    page: 'Az esemény oldala',
  },
};

const attachedKind = (kind: ActivityMailKind) => (kind === 'waiting' ? 'none' : kind === 'cancelled' ? 'cancellation' : 'invitation');

/** A mail about an activity to one participant, in their language (English when Pontis does not speak it). */
export function activityMail(locale: string | null | undefined, p: ActivityMailParams): MailContent {
  const w = wording[pickMailLocale(locale)];
  const lines = [
    w.hello(p.participantName),
    '',
    w.lead[p.kind](p.title),
    '',
    `${w.when}: ${p.startsLocal} – ${p.endsLocal} (${p.timeZone})`,
    ...(p.place ? [`${w.where}: ${p.place}`] : []),
    ...(p.kind === 'cancelled' && p.reason ? [`${w.reason}: ${p.reason}`] : []),
    '',
    ...(w.attached[attachedKind(p.kind)] ? [w.attached[attachedKind(p.kind)], ''] : []),
    `${w.page}: ${p.link}`,
    '',
    'Pontis',
  ];
  return { subject: w.subject[p.kind](p.title), text: lines.join('\n') };
}
