import { and, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, invalid, notFound } from '../../shared/errors.ts';
import { uiLocales, type LocalisedText, type UiLocale } from '../../shared/locales.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { organisationSummariesSubquery } from '../organisations/index.ts';
import { activities, activityParticipants } from './activities.table.ts';
import { loadActivityFacts } from './activity-facts.ts';
import { canOrganiseActivity, canReadActivity } from './activity-policy.ts';
import { localDaysBetween } from './local-time.ts';
import { renderSignatureSheet, type SignatureSheetLine } from './signature-sheet-pdf.ts';

/**
 * The order of the signature sheet's lines: by country, then by name (case and accents aside),
 * then by id so that equal names keep one order. The organisers' participant list uses the same
 * order, so that line N of a signed sheet is participant N when attendance is recorded from it.
 */
export function signatureSheetOrder(a: { country: string; displayName: string; id: string }, b: { country: string; displayName: string; id: string }) {
  return (
    a.country.localeCompare(b.country) ||
    a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }) ||
    a.displayName.localeCompare(b.displayName, 'en') ||
    a.id.localeCompare(b.id)
  );
}

const isUiLocale = (v: string): v is UiLocale => (uiLocales as readonly string[]).includes(v);

/** The title in the sheet's language, else in its original language, else the first there is. */
function titleIn(texts: LocalisedText[], lang: UiLocale, originalLang: string | null): string {
  const pick = (l: string | null) => texts.find((t) => t.lang === l && t.text.trim())?.text;
  return pick(lang) ?? pick(originalLang) ?? texts.find((t) => t.text.trim())?.text ?? '';
}

export interface SignatureSheetOptions {
  /** Asked for; else the first interface language among the activity's languages; else `fallbackLang`. */
  lang?: UiLocale;
  fallbackLang: UiLocale;
  day?: string;
  compress?: boolean;
}

/**
 * The signature sheet of an activity for the funder's evidence: one numbered line per registered
 * participant with organisation, city and country and an empty box to sign. The organisers only
 * (canOrganiseActivity): other readers 403, who may not read the activity 404.
 */
export async function signatureSheet(ctx: ServiceContext, idOrKey: string, options: SignatureSheetOptions) {
  const facts = await loadActivityFacts(ctx, idOrKey);
  if (!canReadActivity(ctx.actor, facts)) throw notFound('The activity');
  if (!canOrganiseActivity(ctx.actor, facts)) throw forbidden('Only the organisers of this activity print its signature sheet.');

  const host = citySummariesSubquery('host_city');
  const [activity] = await ctx.db
    .select({
      key: activities.key,
      title: activities.title,
      originalLang: activities.originalLang,
      timeZone: activities.timeZone,
      startsAt: activities.startsAt,
      endsAt: activities.endsAt,
      venue: activities.venue,
      languages: activities.languages,
      hostCityName: host.name,
    })
    .from(activities)
    .leftJoin(host, eq(host.id, activities.hostCityId))
    .where(eq(activities.id, facts.activityId));
  if (!activity) throw notFound('The activity');

  const days = localDaysBetween(activity.startsAt, activity.endsAt, activity.timeZone);
  if (options.day !== undefined && !days.includes(options.day))
    throw invalid([{ path: 'day', rule: 'activity_day', message: `use one of the activity's days: ${days.join(', ')}` }]);
  const day = options.day ?? (days.length === 1 ? days[0]! : null);
  const lang = options.lang ?? activity.languages.find(isUiLocale) ?? options.fallbackLang;

  const p = activityParticipants;
  const org = organisationSummariesSubquery('participant_organisation');
  const city = citySummariesSubquery('participant_city');
  const rows = await ctx.db
    .select({
      id: p.id,
      displayName: p.displayName,
      organisation: sql<string | null>`coalesce(${org.name}, nullif(trim(${p.organisationName}), ''))`,
      city: sql<string | null>`coalesce(${city.name}, nullif(trim(${p.cityName}), ''))`,
      country: p.country,
    })
    .from(p)
    .leftJoin(org, eq(org.id, p.organisationId))
    .leftJoin(city, eq(city.id, p.cityId))
    .where(and(eq(p.activityId, facts.activityId), eq(p.status, 'registered')));
  const lines: SignatureSheetLine[] = rows.sort(signatureSheetOrder);

  const place = activity.hostCityName ? [activity.venue, activity.hostCityName].filter(Boolean).join(', ') : null;
  const bytes = await renderSignatureSheet(
    {
      lang,
      title: titleIn(activity.title, lang, activity.originalLang),
      timeZone: activity.timeZone,
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      place,
      day,
      lines,
    },
    { compress: options.compress },
  );
  return { bytes, lang, fileName: `signature-sheet-${activity.key}${day ? `-${day}` : ''}-${lang}.pdf`, lines: lines.length };
}
