import type { ServiceContext } from '../../shared/context.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { resolveOrganisationId, runMatching } from './match-engine.ts';
import type { MatchView } from './matching.schemas.ts';
import { requireSignedIn } from './matching-policy.ts';
import { presentMatches } from './present-matches.ts';

export interface SuggestOptions {
  limit: number;
  lang: UiLocale;
}

/** Ranked partner suggestions for an organisation (id or key), best first. Signed-in users only. */
export async function suggestMatches(ctx: ServiceContext, idOrKey: string, options: SuggestOptions): Promise<MatchView[]> {
  if (ctx.actor.kind !== 'system') requireSignedIn(ctx.actor);
  const organisationId = await resolveOrganisationId(ctx.db, idOrKey);
  const result = await runMatching(ctx.db, organisationId, { limit: options.limit });
  return presentMatches(ctx.db, result, options.lang, ctx.actor);
}
