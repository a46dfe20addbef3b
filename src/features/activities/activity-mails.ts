import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { activityMail, enqueueMail, type ActivityMailKind } from '../mail/index.ts';
import { activities, activityParticipants } from './activities.table.ts';
import { activityInvitation, activityPageUrl, titleIn } from './activity-calendar.ts';
import { toLocalDateTime } from './local-time.ts';

type ActivityRow = typeof activities.$inferSelect;
type ParticipantRow = typeof activityParticipants.$inferSelect;

const purposeOf: Record<ActivityMailKind, string> = {
  registered: 'activity-invitation',
  waiting: 'activity-waiting-list',
  promoted: 'activity-invitation',
  changed: 'activity-update',
  cancelled: 'activity-cancellation',
};

// "Pontis <no-reply@pontis.example>" → the address, for the ORGANIZER line calendar apps require.
const addressIn = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? (from.includes('@') ? from.trim() : null);
const local = (instant: Date, timeZone: string) => toLocalDateTime(instant, timeZone).replace('T', ' ');

/** The organisers' reason for a cancellation as the event carries it: texts by language, stored texts, or one text. */
export type CancellationReason = Partial<Record<string, string>> | { lang?: string; text: string }[] | string | null | undefined;

function reasonIn(reason: CancellationReason, lang: string): string | null {
  if (!reason) return null;
  if (typeof reason === 'string') return reason;
  if (Array.isArray(reason)) return reason.find((t) => t.lang === lang)?.text ?? reason[0]?.text ?? null;
  return reason[lang] ?? Object.values(reason).find(Boolean) ?? null;
}

export async function activityRow(ctx: ServiceContext, activityId: string): Promise<ActivityRow | null> {
  const [row] = await ctx.db.select().from(activities).where(eq(activities.id, activityId));
  return row ?? null;
}

/**
 * One mail about the activity to one participant, in their language, with the activity as an
 * .ics (REQUEST; CANCEL once cancelled) except for the waiting list, which has no place yet. In
 * the caller's transaction: the after-commit subscriber's, which also marks its event handled,
 * so a retried event never leaves a second mail behind.
 */
export async function mailParticipant(
  ctx: ServiceContext,
  activity: ActivityRow,
  participant: ParticipantRow,
  kind: ActivityMailKind,
  reason: CancellationReason = null,
): Promise<void> {
  if (!participant.email) return;
  const lang = participant.language;
  const title = titleIn(activity.title, lang, activity.originalLang);
  const link = activityPageUrl(ctx.config.publicUrl, activity.key);
  const place = [activity.venue, activity.onlineUrl].filter(Boolean).join(' – ') || null;
  const content = activityMail(lang, {
    kind,
    participantName: participant.displayName,
    title,
    startsLocal: local(activity.startsAt, activity.timeZone),
    endsLocal: local(activity.endsAt, activity.timeZone),
    timeZone: activity.timeZone,
    place,
    link,
    reason: reasonIn(reason, lang),
  });
  const invitation =
    kind === 'waiting'
      ? null
      : activityInvitation(activity, {
          publicUrl: ctx.config.publicUrl,
          lang,
          attendee: { name: participant.displayName, email: participant.email },
          organiserEmail: addressIn(ctx.config.mailFrom),
        });
  await enqueueMail(ctx.db, ctx.config, {
    to: participant.email,
    ...content,
    purpose: purposeOf[kind],
    attachments: invitation
      ? [
          {
            filename: invitation.method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
            contentType: `text/calendar; charset=utf-8; method=${invitation.method}`,
            content: invitation.ics,
          },
        ]
      : [],
  });
}

/** Every participant with an address holding a place (and, for a cancellation, those waiting too). */
export async function mailAllParticipants(
  ctx: ServiceContext,
  activity: ActivityRow,
  kind: 'changed' | 'cancelled',
  reason: CancellationReason = null,
): Promise<number> {
  const statuses: ParticipantRow['status'][] = kind === 'cancelled' ? ['registered', 'waiting'] : ['registered'];
  const rows = await ctx.db
    .select()
    .from(activityParticipants)
    .where(and(eq(activityParticipants.activityId, activity.id), inArray(activityParticipants.status, statuses), isNotNull(activityParticipants.email)))
    .orderBy(activityParticipants.registeredAt, activityParticipants.id);
  for (const participant of rows) await mailParticipant(ctx, activity, participant, kind, reason);
  return rows.length;
}
