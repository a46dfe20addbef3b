import { and, count, desc, eq, isNotNull, isNull, not, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { isAdmin, type Actor } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound, unauthenticated } from '../../shared/errors.ts';
import { citySummariesByIds } from '../cities/index.ts';
import { hasActiveOrgEditorSql } from '../users/index.ts';
import { canReadIntroduction } from './introduction-policy.ts';
import { factsOf, findIntroduction, INTRODUCTION, loadIntroductions, markRead, sideOrganisations, toDetail, toSummary } from './introduction-rows.ts';
import type { Introduction, IntroductionList, IntroductionListQuery, IntroductionPipeline, PipelineQuery } from './introductions.schemas.ts';
import { introductionReads, introductions } from './introductions.table.ts';

const FALSE = sql`false`;

/** SQL twin of answersFor: the actor answers for the side (editor of it, or coordinator of its editor-less city). */
function answersForSql(actor: Actor, org: { id: AnyPgColumn; cityId: AnyPgColumn }): SQL {
  if (actor.kind !== 'user') return FALSE;
  if (actor.role === 'org-editor' && actor.organisationId) return eq(org.id, actor.organisationId);
  if (actor.role === 'coordinator' && actor.cityId) return and(eq(org.cityId, actor.cityId), not(hasActiveOrgEditorSql(org.id)))!;
  return FALSE;
}

/** SQL twin of canReadIntroduction. undefined: no restriction (admins). */
function readableSql(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  if (actor.kind !== 'user') return FALSE;
  const { fromOrg, toOrg } = sideOrganisations();
  const conditions: SQL[] = [eq(introductions.requestedBy, actor.id), eq(introductions.brokeredBy, actor.id)];
  if ((actor.role === 'org-editor' || actor.role === 'member') && actor.organisationId) {
    conditions.push(eq(fromOrg.id, actor.organisationId), eq(toOrg.id, actor.organisationId));
  }
  if (actor.role === 'coordinator' && actor.cityId) conditions.push(eq(fromOrg.cityId, actor.cityId), eq(toOrg.cityId, actor.cityId));
  return or(...conditions);
}

/** Asked of the reader's side: the "to" side always, the "from" side when a coordinator brokered it. */
function inboxSql(actor: Actor): SQL {
  if (actor.kind !== 'user') return FALSE;
  const { fromOrg, toOrg } = sideOrganisations();
  const brokered = isNotNull(introductions.brokeredBy);
  if ((actor.role === 'org-editor' || actor.role === 'member') && actor.organisationId) {
    return or(eq(toOrg.id, actor.organisationId), and(brokered, eq(fromOrg.id, actor.organisationId)))!;
  }
  return or(answersForSql(actor, toOrg), and(brokered, answersForSql(actor, fromOrg)))!;
}

/** Asked or brokered by the reader, or asked by the reader's organisation. */
function sentSql(actor: Actor): SQL {
  if (actor.kind !== 'user') return FALSE;
  const { fromOrg } = sideOrganisations();
  const conditions: SQL[] = [eq(introductions.requestedBy, actor.id)];
  if (actor.organisationId && (actor.role === 'org-editor' || actor.role === 'member')) {
    conditions.push(and(isNull(introductions.brokeredBy), eq(fromOrg.id, actor.organisationId))!);
  }
  return or(...conditions)!;
}

function awaitingSql(actor: Actor): SQL {
  const { fromOrg, toOrg } = sideOrganisations();
  return and(
    eq(introductions.status, 'pending'),
    or(and(isNull(introductions.toAcceptedAt), answersForSql(actor, toOrg)), and(isNull(introductions.fromAcceptedAt), answersForSql(actor, fromOrg))),
  )!;
}

function unreadSql(actor: Actor): SQL {
  if (actor.kind !== 'user') return FALSE;
  return notExists(
    sql`(SELECT 1 FROM ${introductionReads} WHERE ${introductionReads.introductionId} = ${introductions.id}
          AND ${introductionReads.userId} = ${actor.id} AND ${introductionReads.readAt} >= ${introductions.updatedAt})`,
  );
}

const boxSql = (actor: Actor, box: IntroductionListQuery['box']) => (box === 'inbox' ? inboxSql(actor) : box === 'sent' ? sentSql(actor) : undefined);

async function countWhere(ctx: ServiceContext, where: SQL | undefined): Promise<number> {
  const { fromOrg, toOrg } = sideOrganisations();
  const [row] = await ctx.db
    .select({ n: count() })
    .from(introductions)
    .innerJoin(fromOrg, eq(fromOrg.id, introductions.fromOrganisationId))
    .innerJoin(toOrg, eq(toOrg.id, introductions.toOrganisationId))
    .where(where);
  return Number(row.n);
}

/** The reader's introductions (inbox, sent or all), newest activity first, with unread counts for the navigation badge. */
export async function listIntroductions(ctx: ServiceContext, query: IntroductionListQuery): Promise<IntroductionList> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw unauthenticated();
  const readable = readableSql(actor);
  const rows = await loadIntroductions(ctx, and(readable, boxSql(actor, query.box), query.status ? eq(introductions.status, query.status) : undefined), (q) =>
    q.orderBy(desc(introductions.updatedAt), desc(introductions.id)).limit(query.limit),
  );
  const unreadIds = new Set(
    rows.length
      ? (
          await ctx.db
            .select({ id: introductions.id })
            .from(introductions)
            .where(
              and(
                sql`${introductions.id} IN (${sql.join(
                  rows.map((r) => sql`${r.intro.id}`),
                  sql`, `,
                )})`,
                unreadSql(actor),
              ),
            )
        ).map((r) => r.id)
      : [],
  );
  return {
    items: rows.map((r) => toSummary(actor, r, unreadIds.has(r.intro.id))),
    unread: {
      inbox: await countWhere(ctx, and(readable, inboxSql(actor), unreadSql(actor))),
      sent: await countWhere(ctx, and(readable, sentSql(actor), unreadSql(actor))),
      awaitingYou: await countWhere(ctx, and(readable, awaitingSql(actor))),
    },
  };
}

/** One introduction as the reader may see it (partner-blind until both accepted); 404 for strangers. */
export async function getIntroduction(ctx: ServiceContext, id: string): Promise<Introduction> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const row = await findIntroduction(ctx, id);
  if (!canReadIntroduction(ctx.actor, factsOf(row))) throw notFound(INTRODUCTION);
  const actor = ctx.actor;
  const [unread] =
    actor.kind === 'user'
      ? await ctx.db
          .select({ id: introductions.id })
          .from(introductions)
          .where(and(eq(introductions.id, id), unreadSql(actor)))
      : [];
  return toDetail(ctx, row, !!unread);
}

/** The reader has seen the introduction as it is now (it leaves the unread count). */
export async function markIntroductionRead(ctx: ServiceContext, id: string): Promise<void> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const row = await findIntroduction(ctx, id);
  if (!canReadIntroduction(ctx.actor, factsOf(row))) throw notFound(INTRODUCTION);
  await markRead(ctx, id, ctx.actor.id);
}

/** Coordinators: every introduction touching an organisation of their city, counted by status and ladder step. */
export async function introductionPipeline(ctx: ServiceContext, query: PipelineQuery): Promise<IntroductionPipeline> {
  const actor = ctx.actor;
  if (actor.kind === 'anonymous') throw unauthenticated();
  let cityId: string | undefined;
  if (isAdmin(actor)) cityId = query.cityId;
  else if (actor.kind === 'user' && actor.role === 'coordinator' && actor.cityId) cityId = actor.cityId;
  else throw forbidden('Only city coordinators and administrators see the introduction pipeline.');
  const { fromOrg, toOrg } = sideOrganisations();
  const inCity = cityId ? or(eq(fromOrg.cityId, cityId), eq(toOrg.cityId, cityId)) : undefined;
  const grouped = await ctx.db
    .select({ status: introductions.status, stage: introductions.stage, n: count() })
    .from(introductions)
    .innerJoin(fromOrg, eq(fromOrg.id, introductions.fromOrganisationId))
    .innerJoin(toOrg, eq(toOrg.id, introductions.toOrganisationId))
    .where(inCity)
    .groupBy(introductions.status, introductions.stage);
  const counts: IntroductionPipeline['counts'] = {
    status: { pending: 0, accepted: 0, declined: 0, withdrawn: 0 },
    stage: { introduced: 0, met: 0, collaborating: 0, 'joint-project': 0 },
    total: 0,
  };
  for (const g of grouped) {
    const n = Number(g.n);
    counts.status[g.status] += n;
    if (g.status === 'accepted' && g.stage) counts.stage[g.stage] += n;
    counts.total += n;
  }
  const rows = await loadIntroductions(
    ctx,
    and(inCity, query.status ? eq(introductions.status, query.status) : undefined, query.stage ? eq(introductions.stage, query.stage) : undefined),
    (q) => q.orderBy(desc(introductions.updatedAt), desc(introductions.id)).limit(query.limit),
  );
  const [city] = cityId ? await citySummariesByIds(ctx, [cityId]) : [];
  return { city: city ?? null, counts, items: rows.map((r) => toSummary(actor, r, false)) };
}
