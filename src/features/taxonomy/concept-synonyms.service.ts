import { and, eq, sql } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { isAdmin, actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { duplicate, forbidden, notFound } from '../../shared/errors.ts';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { type AddedSynonymView, type AddSynonymRequest } from './taxonomy.ts';
import { conceptSynonyms, taxonomyConcepts, taxonomyRevision } from './taxonomy.table.ts';

const AUDIT_TYPE = 'concept-synonym';

/** One spelling per concept and language, whatever its accents, case or spacing. */
export const foldTerm = (term: string) => foldForLookup(term).replace(/\s+/g, ' ');

function requireAdmin(ctx: ServiceContext) {
  if (!isAdmin(ctx.actor)) throw forbidden('Only platform administrators can change the taxonomy’s synonyms.');
}

/** Every process compares this number with the one its tagger was built from (tagger-for.ts). */
async function bumpRevision(tx: ServiceContext): Promise<number> {
  const [row] = await tx.db
    .update(taxonomyRevision)
    .set({ revision: sql`${taxonomyRevision.revision} + 1` })
    .where(eq(taxonomyRevision.id, true))
    .returning({ revision: taxonomyRevision.revision });
  return Number(row.revision);
}

/** Adds a synonym an administrator knows people use; the tagger uses it from the next call on. */
export async function addConceptSynonym(ctx: ServiceContext, conceptKey: string, input: AddSynonymRequest): Promise<AddedSynonymView> {
  requireAdmin(ctx);
  const term = input.term.trim().replace(/\s+/g, ' ');
  const folded = foldTerm(term);
  const [concept] = await ctx.db
    .select({ key: taxonomyConcepts.key, labels: taxonomyConcepts.labels, synonyms: taxonomyConcepts.synonyms })
    .from(taxonomyConcepts)
    .where(eq(taxonomyConcepts.key, conceptKey));
  if (!concept) throw notFound('The concept');
  const shipped = [concept.labels[input.lang], ...concept.synonyms[input.lang]];
  if (shipped.some((s) => foldTerm(s) === folded)) {
    throw duplicate('term', `“${term}” is already a term of this concept in the taxonomy.`);
  }
  try {
    return await inTransaction(ctx, async (tx) => {
      const [taken] = await tx.db
        .select({ id: conceptSynonyms.id })
        .from(conceptSynonyms)
        .where(and(eq(conceptSynonyms.conceptKey, conceptKey), eq(conceptSynonyms.lang, input.lang), eq(conceptSynonyms.termFolded, folded)));
      if (taken) throw duplicate('term', `“${term}” was already added to this concept.`);
      const [row] = await tx.db
        .insert(conceptSynonyms)
        .values({ conceptKey, lang: input.lang, term, termFolded: folded, createdBy: actorUserId(tx.actor) })
        .returning();
      const revision = await bumpRevision(tx);
      await recordDomainEvent(tx, { entityType: AUDIT_TYPE, entityId: row.id, action: 'create', after: { conceptKey, lang: row.lang, term: row.term } });
      return { id: row.id, conceptKey, lang: row.lang, term: row.term, revision };
    });
  } catch (err) {
    // Two administrators adding the same spelling at once: the unique index decides.
    if (isUniqueViolation(err)) throw duplicate('term', `“${term}” was already added to this concept.`);
    throw err;
  }
}

/** Removes an added synonym (shipped ones change only with a new taxonomy version). */
export async function deleteConceptSynonym(ctx: ServiceContext, id: string): Promise<void> {
  requireAdmin(ctx);
  await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db.delete(conceptSynonyms).where(eq(conceptSynonyms.id, id)).returning();
    if (!row) throw notFound('The synonym');
    await bumpRevision(tx);
    await recordDomainEvent(tx, {
      entityType: AUDIT_TYPE,
      entityId: row.id,
      action: 'delete',
      before: { conceptKey: row.conceptKey, lang: row.lang, term: row.term },
    });
  });
}
