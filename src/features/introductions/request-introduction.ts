import { and, eq, or, sql } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, forbidden, invalid, unauthenticated } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { enforceRateLimit } from '../rate-limits/index.ts';
import { findOrganisation, itemOwnerAndStatus } from '../organisations/index.ts';
import { arePartnerCities } from '../partnerships/index.ts';
import { hasActiveOrgEditorSql } from '../users/index.ts';
import { introductionMode, type SideFacts } from './introduction-policy.ts';
import { mailRequest } from './introduction-mails.ts';
import { findIntroduction, markRead, toDetail } from './introduction-rows.ts';
import type { CreateIntroductionRequest, Introduction } from './introductions.schemas.ts';
import { introductions } from './introductions.table.ts';

/** Requests per user and hour: enough for a brokerage afternoon, too few for spamming a partner city. */
export const REQUESTS_PER_HOUR = 10;

async function organisationFacts(ctx: ServiceContext, idOrKey: string, path: 'from' | 'to') {
  const org = await findOrganisation(ctx.db, idOrKey);
  if (!org) throw invalid([{ path, rule: 'not_found', message: `No organisation has the id or key "${idOrKey}".` }]);
  const [{ hasEditors }] = await ctx.db.select({ hasEditors: hasActiveOrgEditorSql(sql`${org.id}::uuid`).mapWith(Boolean) }).from(sql`(SELECT 1) AS one`);
  return { id: org.id, cityId: org.cityId, name: org.name, hasEditors };
}

const alreadyLive = () =>
  new AppError('introduction_exists', 409, 'These two organisations already have an open or accepted introduction.', [
    { path: 'to', rule: 'unique', message: 'An introduction between these organisations is already open or accepted.' },
  ]);

/**
 * A member or editor asks for an introduction of their organisation to one in a partner city
 * (their side has accepted by asking); a coordinator of either city brokers one between two
 * organisations (both sides must accept). The message reaches the other side without personal data.
 */
export async function requestIntroduction(ctx: ServiceContext, input: CreateIntroductionRequest): Promise<Introduction> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const from = await organisationFacts(ctx, input.from, 'from');
  const to = await organisationFacts(ctx, input.to, 'to');
  const fromSide: SideFacts = { organisationId: from.id, cityId: from.cityId, hasEditors: from.hasEditors };
  const toSide: SideFacts = { organisationId: to.id, cityId: to.cityId, hasEditors: to.hasEditors };
  const mode = introductionMode(ctx.actor, fromSide, toSide);
  if (!mode) {
    throw forbidden('Members and editors ask for introductions of their own organisation; coordinators broker them for their city.');
  }
  if (from.id === to.id) throw invalid([{ path: 'to', rule: 'same_organisation', message: 'Choose another organisation than the asking one.' }]);
  if (from.cityId === to.cityId) {
    throw invalid([{ path: 'to', rule: 'same_city', message: 'Introductions connect organisations of partner cities; this one is in the same city.' }]);
  }
  if (!(await arePartnerCities(ctx, from.cityId, to.cityId))) {
    throw invalid([{ path: 'to', rule: 'not_partner_city', message: 'This organisation’s city has no partnership with the asking organisation’s city.' }]);
  }
  if (input.itemId) {
    const item = await itemOwnerAndStatus(ctx, input.itemId);
    if (!item || (item.organisationId !== from.id && item.organisationId !== to.id) || item.status !== 'approved') {
      throw invalid([{ path: 'itemId', rule: 'not_found', message: 'Choose a published offer or request of one of the two organisations.' }]);
    }
  }
  const [previous] = await ctx.db
    .select({ status: introductions.status })
    .from(introductions)
    .where(
      and(
        or(
          and(eq(introductions.fromOrganisationId, from.id), eq(introductions.toOrganisationId, to.id)),
          and(eq(introductions.fromOrganisationId, to.id), eq(introductions.toOrganisationId, from.id)),
        ),
        sql`${introductions.status} IN ('pending', 'accepted', 'declined')`,
      ),
    )
    .orderBy(sql`CASE ${introductions.status} WHEN 'declined' THEN 1 ELSE 0 END`);
  if (previous && previous.status !== 'declined') throw alreadyLive();
  // A side that said no is not asked again by a member; a coordinator may still broker later.
  if (previous?.status === 'declined' && mode === 'ask') {
    throw new AppError(
      'introduction_declined',
      409,
      'This organisation declined an introduction before; ask your city’s coordinators if circumstances changed.',
      [{ path: 'to', rule: 'declined_before', message: 'An introduction between these organisations was declined.' }],
    );
  }
  // Counted outside the transaction: refused attempts count too.
  const userId = actorUserId(ctx.actor);
  if (userId) await enforceRateLimit(ctx.db, `introduction-request:${userId}`, REQUESTS_PER_HOUR, 3600);

  try {
    return await inTransaction(ctx, async (tx) => {
      const now = new Date();
      const [row] = await tx.db
        .insert(introductions)
        .values({
          fromOrganisationId: from.id,
          toOrganisationId: to.id,
          itemId: input.itemId ?? null,
          message: input.message,
          requestedBy: userId,
          brokeredBy: mode === 'broker' ? userId : null,
          fromAcceptedAt: mode === 'ask' ? now : null,
          fromAcceptedBy: mode === 'ask' ? userId : null,
          updatedBy: userId,
        })
        .returning();
      const created = await findIntroduction(tx, row.id);
      const view = await toDetail(tx, created);
      await recordDomainEvent(tx, { entityType: 'introduction', entityId: row.id, action: 'create', after: row });
      await mailRequest(tx, created);
      if (userId) await markRead(tx, row.id, userId);
      return view;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyLive();
    throw err;
  }
}
