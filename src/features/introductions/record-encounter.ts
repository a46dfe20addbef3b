import { and, eq, or, sql } from 'drizzle-orm';
import { actorUserId } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { stageIndex } from './introduction-policy.ts';
import { introductions } from './introductions.table.ts';

export interface MetThroughActivity {
  organisationAId: string;
  organisationBId: string;
  /** The day they met (the activity's local day), never later than today. */
  metOn: string;
  /** Named in a new introduction's message, so its page says where the two met. */
  activityTitle: string;
}

const later = (a: string, b: string | null) => (b && b > a ? b : a);

/**
 * Two organisations met at an activity of a partnership (the organisers record it): their tie in
 * the network is an accepted introduction at the stage "met". A live introduction between them is
 * moved forward to "met" (a pending one counts as accepted by both: they have met), never back
 * (one already collaborating stays so); without one, a new one is made, accepted by both sides on
 * the organisers' word. In the caller's transaction, with its domain event. Returns its id.
 */
export async function recordMetThroughActivity(ctx: ServiceContext, input: MetThroughActivity): Promise<string> {
  const { organisationAId: a, organisationBId: b } = input;
  const userId = actorUserId(ctx.actor);
  const now = new Date();
  const [live] = await ctx.db
    .select()
    .from(introductions)
    .where(
      and(
        or(
          and(eq(introductions.fromOrganisationId, a), eq(introductions.toOrganisationId, b)),
          and(eq(introductions.fromOrganisationId, b), eq(introductions.toOrganisationId, a)),
        ),
        sql`${introductions.status} IN ('pending', 'accepted')`,
      ),
    )
    .for('update');
  if (live) {
    const reached = live.status === 'accepted' && live.stage ? stageIndex(live.stage) : -1;
    if (reached >= stageIndex('met')) return live.id;
    const introducedOn = live.introducedOn ?? input.metOn;
    const [after] = await ctx.db
      .update(introductions)
      .set({
        status: 'accepted',
        stage: 'met',
        introducedOn,
        metOn: later(input.metOn, introducedOn),
        fromAcceptedAt: live.fromAcceptedAt ?? now,
        fromAcceptedBy: live.fromAcceptedAt ? live.fromAcceptedBy : userId,
        toAcceptedAt: live.toAcceptedAt ?? now,
        toAcceptedBy: live.toAcceptedAt ? live.toAcceptedBy : userId,
        version: sql`${introductions.version} + 1`,
        updatedAt: now,
        updatedBy: userId,
      })
      .where(eq(introductions.id, live.id))
      .returning();
    await recordDomainEvent(ctx, { entityType: 'introduction', entityId: live.id, action: 'update', before: live, after });
    return live.id;
  }
  const [created] = await ctx.db
    .insert(introductions)
    .values({
      fromOrganisationId: a,
      toOrganisationId: b,
      status: 'accepted',
      stage: 'met',
      message: `Met at “${input.activityTitle}”.`,
      requestedBy: userId,
      brokeredBy: userId,
      fromAcceptedAt: now,
      fromAcceptedBy: userId,
      toAcceptedAt: now,
      toAcceptedBy: userId,
      introducedOn: input.metOn,
      metOn: input.metOn,
      updatedBy: userId,
    })
    .returning();
  await recordDomainEvent(ctx, { entityType: 'introduction', entityId: created.id, action: 'create', after: created });
  return created.id;
}
