import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { inTransaction } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { hashSecret, newSecret } from '../../shared/secrets.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { partnershipNamesSubquery } from '../partnerships/index.ts';
import { renderCalendar, type CalendarEntry } from './calendar-events.ts';
import { contributedPartnershipEvents, contributedUserEvents } from './calendar-feed-contributions.ts';
import { calendarFeeds } from './call-follows.table.ts';
import type { CalendarFeed, CreateFeedRequest } from './call-radar.schemas.ts';
import { userActor } from './call-follows.service.ts';
import { partnershipForRadar } from './radar-profiles.ts';

// The partnership a feed is for, shown beside it (joined: one statement).
const feedPartnership = partnershipNamesSubquery();

const feedColumns = {
  id: calendarFeeds.id,
  scope: calendarFeeds.scope,
  createdAt: calendarFeeds.createdAt,
  lastUsedAt: calendarFeeds.lastUsedAt,
  partnership: { id: feedPartnership.id, key: feedPartnership.key, name: feedPartnership.name },
};

type FeedRow = {
  id: string;
  scope: 'user' | 'partnership';
  createdAt: Date;
  lastUsedAt: Date | null;
  partnership: { id: string; key: string; name: string } | null;
};

const present = (r: FeedRow): CalendarFeed => ({
  id: r.id,
  scope: r.scope,
  partnership: r.partnership?.id ? r.partnership : null,
  createdAt: r.createdAt.toISOString(),
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
});

export const feedUrl = (ctx: ServiceContext, token: string) => `${ctx.config.publicUrl}/api/calendar/${token}.ics`;

/**
 * A calendar subscription link: for the caller's own follows, or for a partnership (its cities'
 * users and admins). The token is in the returned URL only; the database keeps its hash.
 */
export async function createCalendarFeed(ctx: ServiceContext, body: CreateFeedRequest): Promise<CalendarFeed & { url: string }> {
  const user = userActor(ctx);
  const partnership = body.scope === 'partnership' ? await partnershipForRadar(ctx, body.partnershipId) : null;
  const token = newSecret('pcal_');
  const row = await inTransaction(ctx, async (tx) => {
    const [created] = await tx.db
      .insert(calendarFeeds)
      .values({ tokenHash: hashSecret(token), scope: body.scope, userId: user.id, partnershipId: partnership?.id ?? null, createdBy: user.id })
      .returning();
    await recordDomainEvent(tx, { entityType: 'calendar-feed', entityId: created.id, action: 'create', after: { ...created, tokenHash: undefined } });
    return created;
  });
  return {
    ...present({ ...row, partnership: partnership ? { id: partnership.id, key: partnership.key, name: partnership.name } : null }),
    url: feedUrl(ctx, token),
  };
}

/** The caller's own feeds that are not revoked (never their tokens). */
export async function listCalendarFeeds(ctx: ServiceContext): Promise<CalendarFeed[]> {
  const user = userActor(ctx);
  const rows = await ctx.db
    .select(feedColumns)
    .from(calendarFeeds)
    .leftJoin(feedPartnership, eq(feedPartnership.id, calendarFeeds.partnershipId))
    .where(and(eq(calendarFeeds.userId, user.id), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt));
  return rows.map((r) => present(r as FeedRow));
}

/** Revokes one of the caller's feeds; another user's feed is not found (its existence is not told). */
/**
 * Revokes every calendar feed link of a user, without an audit entry of its own: the caller (a
 * password change or reset) records one event for everything it cut off. Returns how many.
 */
export async function revokeCalendarFeedsOfUser(db: Db, userId: string, now = new Date()): Promise<number> {
  const revoked = await db
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return revoked.length;
}

export async function revokeCalendarFeed(ctx: ServiceContext, id: string, now = new Date()): Promise<void> {
  const user = userActor(ctx);
  await inTransaction(ctx, async (tx) => {
    const [revoked] = await tx.db
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.id, id), eq(calendarFeeds.userId, user.id), isNull(calendarFeeds.revokedAt)))
      .returning({ id: calendarFeeds.id });
    if (!revoked) throw notFound('The calendar feed');
    await recordDomainEvent(tx, { entityType: 'calendar-feed', entityId: id, action: 'delete', before: { id }, after: { revokedAt: now } });
  });
}

async function callDeadlines(ctx: ServiceContext, where: ReturnType<typeof sql>): Promise<CalendarEntry[]> {
  const rows = (await ctx.db.execute(sql`
    SELECT DISTINCT c.identifier, c.title, c.url, c.deadlines
      FROM call_follows f JOIN funding_calls c ON c.id = f.call_id
     WHERE ${where}
     ORDER BY c.identifier`)) as unknown as {
    rows: { identifier: string; title: string; url: string | null; deadlines: { at: string; label?: string }[] | string }[];
  };
  return rows.rows.flatMap((r) => {
    const deadlines = typeof r.deadlines === 'string' ? (JSON.parse(r.deadlines) as { at: string; label?: string }[]) : r.deadlines;
    return deadlines.map((d) => ({
      kind: 'call-deadline' as const,
      identifier: r.identifier,
      title: r.title,
      at: new Date(d.at),
      label: d.label ?? null,
      url: r.url,
      pontisUrl: `${ctx.config.publicUrl}/calls/${encodeURIComponent(r.identifier)}`,
    }));
  });
}

async function projectEntries(ctx: ServiceContext, partnershipId: string): Promise<CalendarEntry[]> {
  const projectsUrl = (id: string) => `${ctx.config.publicUrl}/projects/${id}`;
  const deadlines = (await ctx.db.execute(sql`
    SELECT p.id, p.title, p.call_deadline_at, c.identifier
      FROM projects p LEFT JOIN funding_calls c ON c.id = p.call_id
     WHERE p.partnership_id = ${partnershipId}::uuid AND p.call_deadline_at IS NOT NULL
     ORDER BY p.call_deadline_at, p.id`)) as unknown as { rows: { id: string; title: string; call_deadline_at: string | Date; identifier: string | null }[] };
  const milestones = (await ctx.db.execute(sql`
    SELECT m.id, m.title, m.due_on::text AS due_on, m.status, p.id AS project_id, p.title AS project_title
      FROM project_milestones m JOIN projects p ON p.id = m.project_id
     WHERE p.partnership_id = ${partnershipId}::uuid
     ORDER BY m.due_on, m.id`)) as unknown as {
    rows: { id: string; title: string; due_on: string; status: string; project_id: string; project_title: string }[];
  };
  return [
    ...deadlines.rows.map((p) => ({
      kind: 'project-deadline' as const,
      projectId: p.id,
      projectTitle: p.title,
      at: new Date(p.call_deadline_at),
      callIdentifier: p.identifier,
      pontisUrl: projectsUrl(p.id),
    })),
    ...milestones.rows.map((m) => ({
      kind: 'milestone' as const,
      id: m.id,
      projectTitle: m.project_title,
      title: m.title,
      dueOn: m.due_on,
      done: m.status === 'done',
      pontisUrl: projectsUrl(m.project_id),
    })),
  ];
}

/**
 * The calendar behind a subscription link, for anyone holding the token (calendar apps cannot
 * sign in). Unknown and revoked tokens are 404. A user feed shows the user's followed calls; a
 * partnership feed the calls followed for it, its projects' deadlines and their milestones, and its activities.
 */
export async function calendarForToken(ctx: ServiceContext, token: string, now = new Date()): Promise<string> {
  const [feed] = await ctx.db
    .select({
      id: calendarFeeds.id,
      scope: calendarFeeds.scope,
      userId: calendarFeeds.userId,
      partnershipId: calendarFeeds.partnershipId,
      lastUsedAt: calendarFeeds.lastUsedAt,
      partnershipName: feedPartnership.name,
    })
    .from(calendarFeeds)
    .leftJoin(feedPartnership, eq(feedPartnership.id, calendarFeeds.partnershipId))
    .where(and(eq(calendarFeeds.tokenHash, hashSecret(token)), isNull(calendarFeeds.revokedAt)));
  if (!feed) throw notFound('The calendar');
  // The link outlives changes to its owner: a disabled account's feeds stop, and a partnership
  // feed stops when its owner no longer belongs to the partnership's cities.
  const owner = (await ctx.db.execute(sql`
    SELECT u.role, u.city_id, u.disabled_at,
           (SELECT array_agg(pc.city_id::text) FROM partnership_cities pc WHERE pc.partnership_id = ${feed.partnershipId}::uuid) AS city_ids
      FROM users u WHERE u.id = ${feed.userId}::uuid`)) as unknown as {
    rows: { role: string; city_id: string | null; disabled_at: unknown; city_ids: string[] | string | null }[];
  };
  const o = owner.rows[0];
  if (!o || o.disabled_at) throw notFound('The calendar');
  if (feed.scope === 'partnership') {
    const cityIds = Array.isArray(o.city_ids) ? o.city_ids : typeof o.city_ids === 'string' ? o.city_ids.replace(/[{}]/g, '').split(',').filter(Boolean) : [];
    if (o.role !== 'admin' && !(o.city_id && cityIds.includes(o.city_id))) throw notFound('The calendar');
  }
  // Once an hour is enough to tell whether a feed is still in use; calendar apps poll often.
  if (!feed.lastUsedAt || now.getTime() - feed.lastUsedAt.getTime() > 60 * 60 * 1000) {
    await ctx.db.update(calendarFeeds).set({ lastUsedAt: now }).where(eq(calendarFeeds.id, feed.id));
  }
  if (feed.scope === 'partnership' && feed.partnershipId) {
    const entries = [...(await callDeadlines(ctx, sql`f.partnership_id = ${feed.partnershipId}::uuid`)), ...(await projectEntries(ctx, feed.partnershipId))];
    // …and what other features contribute (the partnership's activities).
    return renderCalendar(`Pontis: ${feed.partnershipName ?? ''}`.trim(), entries, await contributedPartnershipEvents(ctx, feed.partnershipId));
  }
  // A user's feed also holds what other features contribute (the activities they are registered for).
  return renderCalendar(
    'Pontis: calls I follow',
    await callDeadlines(ctx, sql`f.user_id = ${feed.userId}::uuid`),
    await contributedUserEvents(ctx, feed.userId),
  );
}
