import type { ServiceContext } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { runMatching } from './match-engine.ts';
import type { MatchView } from './matching.schemas.ts';
import { requireSignedIn } from './matching-policy.ts';
import { presentMatches } from './present-matches.ts';
import { itemOwnerAndStatus } from '../organisations/index.ts';

/**
 * For a request: the organisations in partner cities whose offers serve it; for an offer: those
 * whose requests it serves. Only approved offers and requests that still stand can be matched
 * (drafts and pending ones are not public, so they are "not found" here).
 */
export async function matchesForItem(ctx: ServiceContext, itemId: string, options: { limit: number; lang: UiLocale }): Promise<MatchView[]> {
  if (ctx.actor.kind !== 'system') requireSignedIn(ctx.actor);
  const item = await itemOwnerAndStatus(ctx, itemId);
  if (item?.status !== 'approved') throw notFound('The offer or request');
  const matched = await runMatching(ctx.db, item.organisationId, { limit: options.limit, itemId });
  return presentMatches(ctx.db, matched, options.lang, ctx.actor);
}
