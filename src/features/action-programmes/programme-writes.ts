import { and, eq, like, ne, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { chooseOriginalLanguage } from '../../shared/localised-texts.ts';
import type { LocalisedTexts } from '../../shared/localised-texts.schemas.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { keyFromName } from '../../shared/text-normalize.ts';
import { actionProgrammes } from './action-programmes.table.ts';

/** The programme's original language, or a 400 naming originalLang when its title lacks that language. */
export function originalLanguage(input: { originalLang?: UiLocale; title: LocalisedTexts }, current: UiLocale | null): UiLocale {
  const lang = chooseOriginalLanguage(input.originalLang, current, input.title);
  if (!lang) throw invalid([{ path: 'originalLang', rule: 'no_title', message: `The title has no text in the original language (${input.originalLang}).` }]);
  return lang;
}

/** An end before the start is refused naming the end (the database would refuse it less clearly). */
export function checkPeriod(startsOn: string | null | undefined, endsOn: string | null | undefined) {
  if (startsOn && endsOn && endsOn < startsOn) throw invalid([{ path: 'endsOn', rule: 'before_start', message: 'The end is before the start.' }]);
}

/**
 * A partnership has one programme per period: another programme whose period overlaps this one
 * is a 409 naming startsOn. Two editors creating at once are put one after the other by a lock
 * on the partnership held until the transaction ends, so both cannot pass the check.
 */
export async function checkNoOverlap(ctx: ServiceContext, partnershipId: string, period: { startsOn: string; endsOn: string }, exceptId?: string) {
  await ctx.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`action-programme:${partnershipId}`}))`);
  const p = actionProgrammes;
  const [other] = await ctx.db
    .select({ key: p.key, startsOn: p.startsOn, endsOn: p.endsOn })
    .from(p)
    .where(
      and(
        eq(p.partnershipId, partnershipId),
        sql`${p.startsOn} <= ${period.endsOn}::date AND ${p.endsOn} >= ${period.startsOn}::date`,
        exceptId ? ne(p.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (other) {
    const message = `The programme ${other.key} (${other.startsOn} to ${other.endsOn}) already covers part of this period.`;
    throw new AppError('period_overlap', 409, message, [{ path: 'startsOn', rule: 'overlap', message }], { programmeKey: other.key });
  }
}

/** A programme key from its title, made unique with a numeric suffix (-2, -3, ...) when taken. */
export async function programmeKeyFromTitle(ctx: ServiceContext, title: string): Promise<string> {
  const base = keyFromName(title);
  const taken = new Set(
    (
      await ctx.db
        .select({ key: actionProgrammes.key })
        .from(actionProgrammes)
        .where(or(eq(actionProgrammes.key, base), like(actionProgrammes.key, `${base}-%`)))
    ).map((r) => r.key),
  );
  return firstFree(base, taken);
}

/** `base`, or `base-2`, `base-3`... whichever is not taken (the suffix never breaks the 100-character key rule). */
export function firstFree(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const key = `${base.slice(0, 90).replace(/-+$/, '')}-${n}`;
    if (!taken.has(key)) return key;
  }
}
