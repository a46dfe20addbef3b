import crypto from 'node:crypto';
import { asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { lexiconFingerprint } from './cross-language-lexicon.ts';
import { taxonomyRevisionNumber } from './taxonomy-revision.ts';
import { getSdgGoals, getTaxonomy, type Taxonomy, type TaxonomyView } from './taxonomy.ts';
import { conceptSynonyms, taxonomyConcepts, taxonomyDomains, taxonomyRevision } from './taxonomy.table.ts';

/** The rows the shipped taxonomy is synced as. */
function shippedRows(taxonomy: Taxonomy) {
  const domains = taxonomy.domains.map((d, i) => ({ key: d.key, labels: d.labels, sortOrder: (i + 1) * 10 }));
  const concepts = taxonomy.concepts.map((c, i) => ({
    key: c.key,
    domain: c.domain,
    labels: c.labels,
    definitions: c.definitions,
    synonyms: c.synonyms,
    sdgs: [...c.sdgs],
    taxonomyVersion: taxonomy.version,
    sortOrder: (i + 1) * 10,
  }));
  return { domains, concepts };
}

/**
 * The shipped taxonomy's fingerprint (domains, concepts and the cross-language lexicon), as
 * syncTaxonomy records it in taxonomy_revision.shipped_hash: benchmarks compare it to reuse a
 * database only when its stored concepts and evidence terms were made from the same data.
 */
export function shippedTaxonomyHash(taxonomy: Taxonomy = getTaxonomy()): string {
  const { domains, concepts } = shippedRows(taxonomy);
  return crypto
    .createHash('sha256')
    .update(JSON.stringify({ domains, concepts, lexicon: lexiconFingerprint }))
    .digest('hex');
}

/**
 * Brings taxonomy_domains and taxonomy_concepts in line with the shipped, versioned data:
 * adds new entries, updates labels, definitions, synonyms, goals and order. Concepts the data no
 * longer has stay, because records and added synonyms may still refer to them. Synonyms added by
 * administrators live in concept_synonyms and are not touched. Safe at every start-up.
 */
export async function syncTaxonomy(db: Db, taxonomy: Taxonomy = getTaxonomy()): Promise<{ domains: number; concepts: number }> {
  const { domains, concepts } = shippedRows(taxonomy);
  await db.transaction(async (tx) => {
    // Rows already as shipped are left alone (setWhere), changed ones are repaired: rewriting all
    // of them at every start took the embedded engine 200–250 ms of it (issue 15; 145 ms now)
    // and left dead rows behind.
    await tx
      .insert(taxonomyDomains)
      .values(domains)
      .onConflictDoUpdate({
        target: taxonomyDomains.key,
        set: { labels: sql`excluded.labels`, sortOrder: sql`excluded.sort_order` },
        setWhere: sql`(${taxonomyDomains.labels}, ${taxonomyDomains.sortOrder}) IS DISTINCT FROM (excluded.labels, excluded.sort_order)`,
      });
    await tx
      .insert(taxonomyConcepts)
      .values(concepts)
      .onConflictDoUpdate({
        target: taxonomyConcepts.key,
        set: {
          domain: sql`excluded.domain`,
          labels: sql`excluded.labels`,
          definitions: sql`excluded.definitions`,
          synonyms: sql`excluded.synonyms`,
          sdgs: sql`excluded.sdgs`,
          taxonomyVersion: sql`excluded.taxonomy_version`,
          sortOrder: sql`excluded.sort_order`,
        },
        setWhere: sql`(${taxonomyConcepts.domain}, ${taxonomyConcepts.labels}, ${taxonomyConcepts.definitions}, ${taxonomyConcepts.synonyms}, ${taxonomyConcepts.sdgs}, ${taxonomyConcepts.taxonomyVersion}, ${taxonomyConcepts.sortOrder})
          IS DISTINCT FROM (excluded.domain, excluded.labels, excluded.definitions, excluded.synonyms, excluded.sdgs, excluded.taxonomy_version, excluded.sort_order)`,
      });
    // Stored concepts were tagged with the taxonomy shipped before: a different one moves the
    // revision, so that taggers are rebuilt and the retagging job tags the stored data again
    // (retagging/retag-stored-concepts.ts). The first sync of a database only records it. The
    // lexicon is part of it: the evidence terms stored with every search document come from it.
    const shippedHash = shippedTaxonomyHash(taxonomy);
    await tx
      .update(taxonomyRevision)
      .set({
        revision: sql`${taxonomyRevision.revision} + CASE WHEN ${taxonomyRevision.shippedHash} IS NULL THEN 0 ELSE 1 END`,
        shippedHash,
      })
      .where(sql`${taxonomyRevision.id} AND ${taxonomyRevision.shippedHash} IS DISTINCT FROM ${shippedHash}`);
  });
  return { domains: domains.length, concepts: concepts.length };
}

/** Domains, concepts with shipped and added synonyms, and the UN goals: what anyone may browse. */
export async function getTaxonomyView(ctx: ServiceContext): Promise<TaxonomyView> {
  const revision = await taxonomyRevisionNumber(ctx);
  const domains = await ctx.db
    .select({ key: taxonomyDomains.key, labels: taxonomyDomains.labels })
    .from(taxonomyDomains)
    .orderBy(asc(taxonomyDomains.sortOrder), asc(taxonomyDomains.key));
  const concepts = await ctx.db.select().from(taxonomyConcepts).orderBy(asc(taxonomyConcepts.sortOrder), asc(taxonomyConcepts.key));
  const added = await ctx.db
    .select({ id: conceptSynonyms.id, conceptKey: conceptSynonyms.conceptKey, lang: conceptSynonyms.lang, term: conceptSynonyms.term })
    .from(conceptSynonyms)
    .orderBy(asc(conceptSynonyms.createdAt), asc(conceptSynonyms.id));
  const addedByConcept = new Map<string, { id: string; lang: (typeof added)[number]['lang']; term: string }[]>();
  for (const { conceptKey, ...s } of added) addedByConcept.set(conceptKey, [...(addedByConcept.get(conceptKey) ?? []), s]);
  return {
    version: getTaxonomy().version,
    revision,
    domains,
    concepts: concepts.map((c) => ({
      key: c.key,
      domain: c.domain,
      labels: c.labels,
      definitions: c.definitions,
      synonyms: c.synonyms,
      addedSynonyms: addedByConcept.get(c.key) ?? [],
      sdgs: c.sdgs,
    })),
    sdgGoals: [...getSdgGoals().values()].map((g) => ({ goal: g.number, names: g.short })),
  };
}

/** The subset of the given concept keys that exist, for validating confirmed concepts. */
export async function existingConceptKeys(ctx: ServiceContext, keys: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(keys)];
  if (!wanted.length) return new Set();
  const rows = await ctx.db.select({ key: taxonomyConcepts.key }).from(taxonomyConcepts).where(inArray(taxonomyConcepts.key, wanted));
  return new Set(rows.map((r) => r.key));
}
