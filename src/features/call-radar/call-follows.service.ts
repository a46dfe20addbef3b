import { and, asc, eq, sql } from 'drizzle-orm';
import type { UserActor } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { notFound, unauthenticated } from '../../shared/errors.ts';
import { fundingCalls } from '../calls/calls.table.ts';
import { recordAudit } from '../audit/index.ts';
import { partnerships } from '../partnerships/partnerships.table.ts';
import { callFollows } from './call-follows.table.ts';
import type { FollowedCall } from './call-radar.schemas.ts';
import { partnershipForRadar } from './radar-profiles.ts';
import { presentCall } from '../calls/index.ts';

export function userActor(ctx: ServiceContext): UserActor {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  return ctx.actor;
}

export async function findCallByIdentifier(ctx: ServiceContext, identifier: string) {
  const [call] = await ctx.db.select().from(fundingCalls).where(eq(fundingCalls.identifier, identifier));
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
    await recordAudit(tx, { entityType: 'call-follow', entityId: call.id, action: before ? 'update' : 'create', before, after });
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
    if (removed) await recordAudit(tx, { entityType: 'call-follow', entityId: call.id, action: 'delete', before: removed });
  });
}

/** The caller's followed calls, soonest next deadline first. */
export async function listFollowedCalls(ctx: ServiceContext, now = new Date(), onlyCallId?: string): Promise<FollowedCall[]> {
  const user = userActor(ctx);
  const rows = await ctx.db
    .select({ call: fundingCalls, partnership: { id: partnerships.id, key: partnerships.key, name: partnerships.name }, followedAt: callFollows.createdAt })
    .from(callFollows)
    .innerJoin(fundingCalls, eq(fundingCalls.id, callFollows.callId))
    .leftJoin(partnerships, eq(partnerships.id, callFollows.partnershipId))
    .where(and(eq(callFollows.userId, user.id), onlyCallId ? eq(callFollows.callId, onlyCallId) : undefined))
    .orderBy(
      sql`(SELECT min(d) FROM unnest(${fundingCalls.deadlineAts}) AS d WHERE d >= ${now.toISOString()}::timestamptz) ASC NULLS LAST`,
      asc(fundingCalls.identifier),
    );
  return rows.map((r) => ({
    call: presentCall(r.call, now),
    partnership: r.partnership?.id ? r.partnership : null,
    followedAt: r.followedAt.toISOString(),
  }));
}
