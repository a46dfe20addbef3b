import type { UiLocale } from '../../shared/locales.ts';
import { DEADLINE_TIME_ZONE } from '../../shared/calendar-days.ts';
import { DATE_STYLE, intlLocale, TIME_STYLE } from '../../shared/date-style.ts';
import { pickMailLocale, type MailContent } from '../mail/index.ts';

export interface CallReminderMailParams {
  title: string;
  identifier: string;
  deadlineAt: Date;
  /** Whole days left (0 = today). */
  daysLeft: number;
  /** The reader's time zone when known (their city's); null says Brussels only. */
  timeZone: string | null;
  portalUrl: string | null;
  pontisUrl: string;
  partnershipName: string | null;
}

/** The deadline as the portal means it (Brussels time) and, when different, in the reader's zone. */
export function deadlineLines(locale: UiLocale, at: Date, timeZone: string | null): { brussels: string; local: string | null } {
  const format = (zone: string) =>
    // The app's date and time style, with the weekday: a mail is read away from any calendar.
    new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', ...DATE_STYLE, ...TIME_STYLE, timeZone: zone, timeZoneName: 'short' }).format(at);
  const brussels = format(DEADLINE_TIME_ZONE);
  let local: string | null = null;
  if (timeZone && timeZone !== DEADLINE_TIME_ZONE) {
    try {
      const formatted = format(timeZone);
      if (formatted !== brussels) local = formatted;
    } catch {
      // An unknown zone name in a city record: Brussels time alone is still right.
    }
  }
  return { brussels, local };
}

interface Words {
  subject(days: number, title: string): string;
  intro(p: CallReminderMailParams): string;
  brussels: string;
  local: string;
  identifier: string;
  portal: string;
  pontis: string;
  why: string;
}

const words: Record<UiLocale, Words> = {
  de: {
    subject: (d, t) => (d === 0 ? `Frist heute: ${t}` : d === 1 ? `Frist morgen: ${t}` : `Frist in ${d} Tagen: ${t}`),
    intro: (p) =>
      `Guten Tag,\n\ndie Ausschreibung, der Sie${p.partnershipName ? ` für die Partnerschaft ${p.partnershipName}` : ''} folgen, hat bald eine Frist:`,
    brussels: 'Frist (Brüsseler Zeit)',
    local: 'In Ihrer Zeitzone',
    identifier: 'Kennung',
    portal: 'Im Funding & Tenders Portal',
    pontis: 'In Pontis',
    why: 'Sie erhalten diese Erinnerung, weil Sie der Ausschreibung in Pontis folgen. Dort können Sie ihr auch nicht mehr folgen.',
  },
  ro: {
    subject: (d, t) => (d === 0 ? `Termen-limită azi: ${t}` : d === 1 ? `Termen-limită mâine: ${t}` : `Termen-limită peste ${d} zile: ${t}`),
    intro: (p) =>
      `Bună ziua,\n\napelul pe care îl urmăriți${p.partnershipName ? ` pentru parteneriatul ${p.partnershipName}` : ''} are în curând un termen-limită:`,
    brussels: 'Termen-limită (ora Bruxelles-ului)',
    local: 'În fusul dumneavoastră orar',
    identifier: 'Identificator',
    portal: 'Pe Funding & Tenders Portal',
    pontis: 'În Pontis',
    why: 'Primiți acest memento pentru că urmăriți apelul în Pontis. Acolo puteți și renunța la urmărire.',
  },
  en: {
    subject: (d, t) => (d === 0 ? `Deadline today: ${t}` : d === 1 ? `Deadline tomorrow: ${t}` : `Deadline in ${d} days: ${t}`),
    intro: (p) => `Hello,\n\nthe call you follow${p.partnershipName ? ` for the partnership ${p.partnershipName}` : ''} has a deadline coming up:`,
    brussels: 'Deadline (Brussels time)',
    local: 'In your time zone',
    identifier: 'Identifier',
    portal: 'On the Funding & Tenders Portal',
    pontis: 'In Pontis',
    why: 'You receive this reminder because you follow the call in Pontis. You can unfollow it there.',
  },
  hu: {
    subject: (d, t) => (d === 0 ? `Határidő ma: ${t}` : d === 1 ? `Határidő holnap: ${t}` : `Határidő ${d} nap múlva: ${t}`),
    intro: (p) =>
      `Jó napot!\n\nA pályázati felhívásnak, amelyet${p.partnershipName ? ` a(z) ${p.partnershipName} partnerség számára` : ''} követ, hamarosan határideje van:`,
    brussels: 'Határidő (brüsszeli idő)',
    local: 'Az Ön időzónájában',
    identifier: 'Azonosító',
    portal: 'A Funding & Tenders Portalon',
    pontis: 'A Pontisban',
    why: 'Azért kapja ezt az emlékeztetőt, mert követi a felhívást a Pontisban. Ott a követést meg is szüntetheti.',
  },
};

/** The reminder in the follower's language (anything else: English). */
export function callReminderMail(locale: string | null | undefined, p: CallReminderMailParams): MailContent {
  const lng = pickMailLocale(locale);
  const w = words[lng];
  const { brussels, local } = deadlineLines(lng, p.deadlineAt, p.timeZone);
  const lines = [
    w.intro(p),
    '',
    p.title,
    `${w.identifier}: ${p.identifier}`,
    `${w.brussels}: ${brussels}`,
    ...(local ? [`${w.local}: ${local}`] : []),
    '',
    ...(p.portalUrl ? [`${w.portal}: ${p.portalUrl}`] : []),
    `${w.pontis}: ${p.pontisUrl}`,
    '',
    w.why,
    '',
    'Pontis',
  ];
  return { subject: w.subject(p.daysLeft, p.title), text: lines.join('\n') };
}
