import { intlLocale } from '../../lib/labels.ts';

export const BRUSSELS = 'Europe/Brussels';
const DAY = 24 * 60 * 60 * 1000;

const formatIn = (iso: string, lang: string, timeZone: string) =>
  new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));

/**
 * A deadline as the portal means it (Brussels time) and, when the reader is elsewhere, in their
 * own zone: the portal's 17:00 is 18:00 in Cluj-Napoca.
 */
export function deadlineTimes(iso: string, lang: string, readerZone: string | undefined): { brussels: string; local: string | null } {
  const brussels = formatIn(iso, lang, BRUSSELS);
  if (!readerZone || readerZone === BRUSSELS) return { brussels, local: null };
  const local = formatIn(iso, lang, readerZone);
  return { brussels, local: local === brussels ? null : local };
}

/** Whole days left until `iso` (0 on the day itself, negative once past). */
export const daysUntil = (iso: string, now: Date) => Math.floor((new Date(iso).getTime() - now.getTime()) / DAY);

export const readerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A deadline's label in the reader's language. The server labels deadlines "stage N" or
 * "cut-off N", followed by the portal's action name in brackets when a topic has several
 * actions; the action name is the portal's own and stays as it is.
 */
export function deadlineLabel(t: (key: string, vars: { n: string }) => string, label: string): string {
  const m = /^(stage|cut-off) (\d+)(?: \((.+)\))?$/.exec(label);
  if (!m) return label;
  const own = t(m[1] === 'stage' ? 'calls.deadline.stage' : 'calls.deadline.cutOff', { n: m[2] });
  return m[3] ? `${own} (${m[3]})` : own;
}
