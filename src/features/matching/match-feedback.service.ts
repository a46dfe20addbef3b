import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, invalid } from '../../shared/errors.ts';
import { resolveOrganisationId } from './match-engine.ts';
import type { FeedbackRequest } from './matching.schemas.ts';
import { canGiveFeedback, requireSignedIn } from './matching-policy.ts';
import { matchFeedback } from './matching.table.ts';
import { itemOwnerAndStatus, organisationCityId } from '../organisations/index.ts';

/**
 * Stores a user's opinion of one suggestion. One row per user and pair: giving feedback again
 * replaces the earlier opinion (only that user ever writes the row, so there is no concurrent
 * editor to protect against).
 */
export async function giveFeedback(ctx: ServiceContext, organisationIdOrKey: string, input: FeedbackRequest) {
  const user = requireSignedIn(ctx.actor);
  const organisationId = await resolveOrganisationId(ctx.db, organisationIdOrKey);
  // resolveOrganisationId found the organisation, so it has a city.
  const cityId = (await organisationCityId(ctx, organisationId))!;
  if (!canGiveFeedback(user, { id: organisationId, cityId })) {
    throw forbidden("Only the organisation's users, its city's coordinators and administrators can rate its suggestions.");
  }
  let suggestedId: string;
  try {
    suggestedId = await resolveOrganisationId(ctx.db, input.suggestedOrganisation);
  } catch {
    throw invalid([{ path: 'suggestedOrganisation', rule: 'not_found', message: 'no organisation has this id or key' }]);
  }
  if (suggestedId === organisationId) {
    throw invalid([{ path: 'suggestedOrganisation', rule: 'invalid', message: 'an organisation is not suggested to itself' }]);
  }
  if (input.itemId) {
    const item = await itemOwnerAndStatus(ctx, input.itemId);
    if (item?.organisationId !== organisationId)
      throw invalid([{ path: 'itemId', rule: 'not_found', message: 'not an offer or request of this organisation' }]);
  }
  const values = {
    organisationId,
    suggestedOrganisationId: suggestedId,
    itemId: input.itemId ?? null,
    userId: user.id,
    useful: input.useful,
    reason: input.reason ?? null,
    comment: input.comment?.trim() || null,
    score: input.score ?? null,
  };
  const [row] = await ctx.db
    .insert(matchFeedback)
    .values(values)
    .onConflictDoUpdate({
      target: [matchFeedback.userId, matchFeedback.organisationId, matchFeedback.suggestedOrganisationId],
      set: { itemId: values.itemId, useful: values.useful, reason: values.reason, comment: values.comment, score: values.score, updatedAt: sql`now()` },
    })
    .returning();
  return {
    id: row.id,
    organisationId: row.organisationId,
    suggestedOrganisationId: row.suggestedOrganisationId,
    useful: row.useful,
    reason: row.reason,
    comment: row.comment,
    updatedAt: row.updatedAt.toISOString(),
  };
}
