import { and, eq, ne } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { uiLocales, type UiLocale } from '../../shared/locales.ts';
import { textsByLanguage } from '../../shared/localised-texts.ts';
import { unauthenticated } from '../../shared/errors.ts';
import type { MyActivities } from './activities.schemas.ts';
import { activities, activityParticipants } from './activities.table.ts';
import { toLocalDateTime } from './local-time.ts';
import { waitingPosition } from './participant-read.ts';

/**
 * The signed-in user's registrations and waiting-list places (cancelled ones left out): the
 * coming activities first, soonest first, then the past ones, latest first.
 */
export async function myActivities(ctx: ServiceContext, now = new Date()): Promise<MyActivities> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const rows = await ctx.db
    .select({ activity: activities, participant: activityParticipants })
    .from(activityParticipants)
    .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
    .where(and(eq(activityParticipants.userId, ctx.actor.id), ne(activityParticipants.status, 'cancelled')));
  const upcoming = (r: (typeof rows)[number]) => r.activity.endsAt >= now;
  rows.sort((a, b) =>
    upcoming(a) !== upcoming(b)
      ? upcoming(a)
        ? -1
        : 1
      : upcoming(a)
        ? a.activity.startsAt.getTime() - b.activity.startsAt.getTime()
        : b.activity.startsAt.getTime() - a.activity.startsAt.getTime(),
  );
  const items: MyActivities['items'] = [];
  for (const { activity: a, participant: p } of rows) {
    items.push({
      activityId: a.id,
      key: a.key,
      partnershipId: a.partnershipId,
      kind: a.kind,
      activityStatus: a.status,
      title: textsByLanguage(a.title, uiLocales.includes(a.originalLang as UiLocale) ? (a.originalLang as UiLocale) : 'en'),
      timeZone: a.timeZone,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      startsLocal: toLocalDateTime(a.startsAt, a.timeZone),
      endsLocal: toLocalDateTime(a.endsAt, a.timeZone),
      participantId: p.id,
      status: p.status,
      role: p.role,
      waitingPosition: await waitingPosition(ctx, p),
      upcoming: upcoming({ activity: a, participant: p }),
    });
  }
  return { items };
}
