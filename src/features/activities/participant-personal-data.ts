import { asc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { activities, activityAttendance, activityParticipants } from './activities.table.ts';

/** The name an erased participant keeps in the activity's list: the row still counts for the funder. */
export const ERASED_PARTICIPANT_NAME = 'Former participant';

const ownRows = (userId: string, email: string) =>
  or(eq(activityParticipants.userId, userId), sql`lower(${activityParticipants.email}) = ${email.toLowerCase()}`);

/** A user's participations for their data export (GDPR Art. 15): their own row with what they stated, the activity named. */
export async function participationsOfUser(ctx: ServiceContext, userId: string, email: string): Promise<Record<string, unknown>[]> {
  const rows = await ctx.db
    .select({
      activityId: activities.id,
      activityKey: activities.key,
      activityTitle: activities.title,
      startsAt: activities.startsAt,
      participant: activityParticipants,
    })
    .from(activityParticipants)
    .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
    .where(ownRows(userId, email))
    .orderBy(asc(activityParticipants.registeredAt), asc(activityParticipants.id));
  const out = [];
  for (const r of rows) {
    const p = r.participant;
    const days = await ctx.db
      .select({ day: activityAttendance.day })
      .from(activityAttendance)
      .where(eq(activityAttendance.participantId, p.id))
      .orderBy(asc(activityAttendance.day));
    out.push({
      activityId: r.activityId,
      activityKey: r.activityKey,
      activityTitle: r.activityTitle,
      activityStartsAt: r.startsAt.toISOString(),
      id: p.id,
      displayName: p.displayName,
      email: p.email,
      organisationName: p.organisationName,
      cityName: p.cityName,
      country: p.country,
      role: p.role,
      status: p.status,
      language: p.language,
      gender: p.gender,
      needs: { interpretation: p.needsInterpretation, accessibility: p.needsAccessibility, diet: p.needsDiet },
      listed: p.listed,
      registeredAt: p.registeredAt.toISOString(),
      cancelledAt: p.cancelledAt?.toISOString() ?? null,
      attendedDays: days.map((d) => d.day),
    });
  }
  return out;
}

/**
 * On erasure of an account (in its transaction): its participations stay as counts the funder
 * needs (country, organisation and its kind, city, role, status, attendance) but lose the name
 * (a neutral placeholder), e-mail, needs, gender, the account link and the consent to be listed.
 * Rows a coordinator added with the account's address are the same person and go the same way.
 */
export async function anonymiseParticipationsOfUser(db: Db, userId: string, email: string): Promise<number> {
  const rows = await db
    .update(activityParticipants)
    .set({
      userId: null,
      displayName: ERASED_PARTICIPANT_NAME,
      email: null,
      gender: null,
      needsInterpretation: null,
      needsAccessibility: null,
      needsDiet: null,
      listed: false,
      addedBy: sql`CASE WHEN ${activityParticipants.addedBy} = ${userId}::uuid THEN NULL ELSE ${activityParticipants.addedBy} END`,
      updatedAt: new Date(),
    })
    .where(ownRows(userId, email))
    .returning({ id: activityParticipants.id });
  return rows.length;
}
