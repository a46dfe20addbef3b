import { eq, sql } from 'drizzle-orm';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, forbidden, notFound, unauthenticated, versionConflict } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { canMoveStage, canReadIntroduction, canWithdraw, sidesToAnswer, stageIndex, stages } from './introduction-policy.ts';
import { mailAccepted, mailDeclined } from './introduction-mails.ts';
import { factsOf, findIntroduction, INTRODUCTION, markRead, toDetail, type IntroductionRow } from './introduction-rows.ts';
import type { DeclineIntroductionRequest, Introduction, MoveStageRequest } from './introductions.schemas.ts';
import { introductions, type IntroductionStage } from './introductions.table.ts';

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Locks the introduction, checks the version the caller read and that they may read it at all
 * (404 rather than 403 for strangers, so ids reveal nothing), then runs the change.
 */
async function change(
  ctx: ServiceContext,
  id: string,
  version: number,
  apply: (tx: ServiceContext, row: IntroductionRow) => Promise<void>,
): Promise<Introduction> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  return inTransaction(ctx, async (tx) => {
    const [locked] = await tx.db.select({ id: introductions.id }).from(introductions).where(eq(introductions.id, id)).for('update');
    if (!locked) throw notFound(INTRODUCTION);
    const before = await findIntroduction(tx, id);
    if (!canReadIntroduction(tx.actor, factsOf(before))) throw notFound(INTRODUCTION);
    if (before.intro.version !== version) throw versionConflict(INTRODUCTION, before.intro.version);
    await apply(tx, before);
    const after = await findIntroduction(tx, id);
    await recordDomainEvent(tx, { entityType: 'introduction', entityId: id, action: 'update', before: before.intro, after: after.intro });
    const userId = actorUserId(tx.actor);
    if (userId) await markRead(tx, id, userId);
    return toDetail(tx, after);
  });
}

const bump = (tx: ServiceContext) => ({
  version: sql`${introductions.version} + 1`,
  updatedAt: sql`now()`,
  updatedBy: actorUserId(tx.actor),
});

const notPending = (status: string) => new AppError('not_pending', 409, `The introduction is ${status}; it can no longer be answered.`);

/** Accepts for every side the caller answers for; when both sides have accepted, contacts are revealed and mailed. */
export function acceptIntroduction(ctx: ServiceContext, id: string, input: { version: number }): Promise<Introduction> {
  return change(ctx, id, input.version, async (tx, row) => {
    if (row.intro.status !== 'pending') throw notPending(row.intro.status);
    const mine = sidesToAnswer(tx.actor, factsOf(row));
    if (!mine.length) throw forbidden('Only the editors of the asked organisation (or its city’s coordinators if it has none) can accept.');
    const now = new Date();
    const userId = actorUserId(tx.actor);
    const fromAccepted = row.intro.fromAcceptedAt ?? (mine.includes('from') ? now : null);
    const toAccepted = row.intro.toAcceptedAt ?? (mine.includes('to') ? now : null);
    const both = !!fromAccepted && !!toAccepted;
    await tx.db
      .update(introductions)
      .set({
        ...bump(tx),
        ...(mine.includes('from') ? { fromAcceptedAt: now, fromAcceptedBy: userId } : {}),
        ...(mine.includes('to') ? { toAcceptedAt: now, toAcceptedBy: userId } : {}),
        ...(both ? { status: 'accepted' as const, stage: 'introduced' as const, introducedOn: todayIso() } : {}),
      })
      .where(eq(introductions.id, id));
    if (both) await mailAccepted(tx, await findIntroduction(tx, id));
  });
}

/** Declines for a side the caller answers for, with an optional reason the other side reads. */
export function declineIntroduction(ctx: ServiceContext, id: string, input: DeclineIntroductionRequest): Promise<Introduction> {
  return change(ctx, id, input.version, async (tx, row) => {
    if (row.intro.status !== 'pending') throw notPending(row.intro.status);
    const mine = sidesToAnswer(tx.actor, factsOf(row));
    if (!mine.length) throw forbidden('Only the editors of the asked organisation (or its city’s coordinators if it has none) can decline.');
    const side = mine.includes('to') ? 'to' : 'from';
    await tx.db
      .update(introductions)
      .set({
        ...bump(tx),
        status: 'declined',
        declinedAt: new Date(),
        declinedBy: actorUserId(tx.actor),
        declinedSide: side,
        declinedReason: input.reason?.trim() || null,
      })
      .where(eq(introductions.id, id));
    await mailDeclined(tx, await findIntroduction(tx, id), side);
  });
}

/** The asking side (or, for a brokered one, the coordinators) takes back a pending request. */
export function withdrawIntroduction(ctx: ServiceContext, id: string, input: { version: number }): Promise<Introduction> {
  return change(ctx, id, input.version, async (tx, row) => {
    if (row.intro.status !== 'pending') throw notPending(row.intro.status);
    if (!canWithdraw(tx.actor, factsOf(row))) throw forbidden('Only the asking side can withdraw the request.');
    await tx.db
      .update(introductions)
      .set({ ...bump(tx), status: 'withdrawn', withdrawnAt: new Date(), withdrawnBy: actorUserId(tx.actor) })
      .where(eq(introductions.id, id));
  });
}

const dateColumn: Record<IntroductionStage, 'introducedOn' | 'metOn' | 'collaboratingOn' | 'jointProjectOn'> = {
  introduced: 'introducedOn',
  met: 'metOn',
  collaborating: 'collaboratingOn',
  'joint-project': 'jointProjectOn',
};

/**
 * Either side moves the follow-up ladder (introduced → met → collaborating → joint project) with
 * the day it happened. Moving back is a correction: the later steps' dates are cleared.
 */
export function moveIntroductionStage(ctx: ServiceContext, id: string, input: MoveStageRequest): Promise<Introduction> {
  return change(ctx, id, input.version, async (tx, row) => {
    if (row.intro.status !== 'accepted') {
      throw new AppError('not_accepted', 409, 'The follow-up starts once both sides have accepted the introduction.');
    }
    if (!canMoveStage(tx.actor, factsOf(row))) throw forbidden('Only the two organisations record how their introduction went on.');
    const on = input.on ?? todayIso();
    const fields = [];
    if (on > todayIso()) fields.push({ path: 'on', rule: 'in_the_future', message: 'Choose today or an earlier day.' });
    if (row.intro.introducedOn && on < row.intro.introducedOn && input.stage !== 'introduced') {
      fields.push({ path: 'on', rule: 'before_introduction', message: `Choose ${row.intro.introducedOn} (the introduction) or a later day.` });
    }
    if (fields.length) throw new AppError('validation_failed', 400, 'Some fields are not valid.', fields);
    const target = stageIndex(input.stage);
    const dates: Partial<Record<(typeof dateColumn)[IntroductionStage], string | null>> = {};
    for (const s of stages) {
      const i = stageIndex(s);
      if (i === target) dates[dateColumn[s]] = on;
      else if (i > target) dates[dateColumn[s]] = null;
    }
    await tx.db
      .update(introductions)
      .set({ ...bump(tx), stage: input.stage, ...dates })
      .where(eq(introductions.id, id));
  });
}
