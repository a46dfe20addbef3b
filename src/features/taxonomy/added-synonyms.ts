import { asc } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import type { AddedSynonym } from './taxonomy-with-synonyms.ts';
import { conceptSynonyms } from './taxonomy.table.ts';

/** The synonyms administrators added, by concept and then in the order they were added. */
export async function addedSynonyms(ctx: Pick<ServiceContext, 'db'>): Promise<AddedSynonym[]> {
  return ctx.db
    .select({ conceptKey: conceptSynonyms.conceptKey, lang: conceptSynonyms.lang, term: conceptSynonyms.term })
    .from(conceptSynonyms)
    .orderBy(asc(conceptSynonyms.conceptKey), asc(conceptSynonyms.createdAt), asc(conceptSynonyms.id));
}
