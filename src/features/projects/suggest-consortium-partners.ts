import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { callById } from '../calls/index.ts';
import { runConceptMatching } from '../matching/index.ts';
import { presentMatches } from '../matching/index.ts';
import { conceptKeysForTheme } from '../taxonomy/index.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { balanceByCity } from './balance-by-city.ts';
import { requireManagedProject } from './project-access.ts';
import type { PartnerSuggestionsResponse } from './projects.schemas.ts';
import { projects } from './projects.table.ts';

/** How many ranked candidates are balanced across cities before the list is cut. */
const POOL = 60;

/**
 * "Suggest partners": organisations of the partnership's cities not yet in the consortium, ranked
 * by the matching engine for the call's and the project's concepts (the partnership's themes when
 * there are none), taken in turns per city. Those who run the project (canManageProject).
 */
export async function suggestConsortiumPartners(
  ctx: ServiceContext,
  projectId: string,
  options: { limit: number; lang: UiLocale; now?: Date },
): Promise<PartnerSuggestionsResponse> {
  const facts = await requireManagedProject(ctx, projectId);
  const [project] = await ctx.db.select().from(projects).where(eq(projects.id, projectId));
  const call = project.callId ? await callById(ctx, project.callId) : undefined;
  let concepts = [...new Set([...project.concepts, ...(call?.concepts ?? [])])];
  if (!concepts.length) {
    const taxonomy = getTaxonomy();
    concepts = [...new Set(project.themes.flatMap((t) => conceptKeysForTheme(t, taxonomy.conceptsInDomain)))];
  }
  const result = await runConceptMatching(ctx.db, {
    id: project.id,
    title: project.title,
    concepts,
    cityIds: facts.partnershipCityIds,
    themes: project.themes,
    exclude: new Set(facts.consortiumOrganisationIds),
    limit: POOL,
    now: options.now,
  });
  const cityOf = new Map([...result.candidates.values()].map((c) => [c.organisationId, c.cityId]));
  const balanced = balanceByCity(result.matches, (m) => cityOf.get(m.organisationId) ?? '', facts.partnershipCityIds, options.limit);
  const views = await presentMatches(ctx.db, { ...result, matches: balanced }, options.lang);
  return { lang: options.lang, concepts, items: views.map((v) => ({ organisation: v.organisation, score: v.score, reasons: v.reasons })) };
}
