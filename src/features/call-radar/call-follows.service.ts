import { and, asc, eq, sql } from 'drizzle-orm';
import type { UserActor } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { notFound, unauthenticated } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { callByIdentifier, nextDeadlineOf, presentCall, storedCallFields, storedCallsSubquery } from '../calls/index.ts';
import { partnershipNamesSubquery } from '../partnerships/index.ts';
import { callFollows } from './call-follows.table.ts';
import type { FollowedCall } from './call-radar.schemas.ts';
import { partnershipForRadar } from './radar-profiles.ts';

export function userActor(ctx: ServiceContext): UserActor {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  return ctx.actor;
}

export async function findCallByIdentifier(ctx: ServiceContext, identifier: string) {
  const call = await callByIdentifier(ctx, identifier);
  if (!call) throw notFound('The call');
  return call;
}

/**
 * Follows a call (or changes for which partnership): signed-in users for themselves; a follow for
 * a partnership only by its cities' users and admins, since it shows in the partnership's feed.
 */
export async function followCall(ctx: ServiceContext, identifier: string, body: { partnershipId?: string | null }, now = new Date()): Promise<FollowedCall> {
  const user = userActor(ctx);
  const call = await findCallByIdentifier(ctx, identifier);
  const partnership = body.partnershipId ? await partnershipForRadar(ctx, body.partnershipId) : null;
  await inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select()
      .from(callFollows)
      .where(and(eq(callFollows.callId, call.id), eq(callFollows.userId, user.id)));
    const partnershipId = partnership?.id ?? null;
    if (before && before.partnershipId === partnershipId) return;
    const [after] = await tx.db
      .insert(callFollows)
      .values({ callId: call.id, userId: user.id, partnershipId, createdAt: now })
      .onConflictDoUpdate({ target: [callFollows.callId, callFollows.userId], set: { partnershipId } })
      .returning();
    await recordDomainEvent(tx, { entityType: 'call-follow', entityId: call.id, action: before ? 'update' : 'create', before, after });
  });
  const [followed] = await listFollowedCalls(ctx, now, call.id);
  return followed;
}

/** Stops following; following nothing is not an error (the button may be pressed twice). */
export async function unfollowCall(ctx: ServiceContext, identifier: string): Promise<void> {
  const user = userActor(ctx);
  const call = await findCallByIdentifier(ctx, identifier);
  await inTransaction(ctx, async (tx) => {
    const [removed] = await tx.db
      .delete(callFollows)
      .where(and(eq(callFollows.callId, call.id), eq(callFollows.userId, user.id)))
      .returning();
    if (removed) await recordDomainEvent(tx, { entityType: 'call-follow', entityId: call.id, action: 'delete', before: removed });
  });
}

/** The caller's followed calls, soonest next deadline first. */
export async function listFollowedCalls(ctx: ServiceContext, now = new Date(), onlyCallId?: string): Promise<FollowedCall[]> {
  const user = userActor(ctx);
  const call = storedCallsSubquery();
  const partnership = partnershipNamesSubquery();
  const rows = await ctx.db
    .select({
      call: storedCallFields(call),
      partnership: { id: partnership.id, key: partnership.key, name: partnership.name },
      followedAt: callFollows.createdAt,
    })
    .from(callFollows)
    .innerJoin(call, eq(call.id, callFollows.callId))
    .leftJoin(partnership, eq(partnership.id, callFollows.partnershipId))
    .where(and(eq(callFollows.userId, user.id), onlyCallId ? eq(callFollows.callId, onlyCallId) : undefined))
    .orderBy(sql`${nextDeadlineOf(call.deadlineAts, now)} ASC NULLS LAST`, asc(call.identifier));
  return rows.map((r) => ({
    call: presentCall(r.call, now),
    partnership: r.partnership?.id ? r.partnership : null,
    followedAt: r.followedAt.toISOString(),
  }));
}
