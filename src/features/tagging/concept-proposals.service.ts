import type { ServiceContext } from '../../shared/context.ts';
import { unauthenticated } from '../../shared/errors.ts';
import { enforceRateLimit } from '../rate-limits/index.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import type { ConceptProposals, ConceptProposalsRequest } from './tagging.schemas.ts';
import { conceptTaggerFor } from './tagger-for.ts';

/**
 * Tagging a long text costs tens of milliseconds of CPU; an editor's form asks a few times a
 * minute at most, so 60 a minute per user leaves room for typing and none for a loop.
 */
export const PROPOSALS_PER_MINUTE = 60;

/** Concepts the tagger infers from a text, for an editor to confirm or remove. Any signed-in user. */
export async function proposeConcepts(ctx: ServiceContext, input: ConceptProposalsRequest): Promise<ConceptProposals> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  await enforceRateLimit(ctx.db, `concept-proposals:user:${ctx.actor.id}`, PROPOSALS_PER_MINUTE, 60);
  const tagger = await conceptTaggerFor(ctx);
  const result = tagger.tag(input.text, { lang: input.lang });
  const taxonomy = getTaxonomy();
  return {
    lang: result.lang,
    concepts: result.concepts.flatMap((c) => {
      const concept = taxonomy.concept(c.key);
      return concept ? [{ key: c.key, domain: concept.domain, confidence: c.confidence, labels: concept.labels }] : [];
    }),
  };
}
