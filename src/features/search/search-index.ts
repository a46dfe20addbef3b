import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { foldForLookup } from '../../shared/text-normalize.ts';
import { organisationItems, organisations } from '../organisations/organisations.table.ts';
import { searchTagger, textSearchConfig } from './search-language.ts';
import { searchDocuments } from './search.table.ts';

interface VectorPart {
  text: string;
  config: string;
  weight: 'A' | 'B' | 'C' | 'D';
}

/**
 * unaccent() is applied on write (and to the query on read), so "Bewasserung" finds "Bewässerung";
 * it is not IMMUTABLE, which is why the vector is stored rather than an index expression.
 */
function vectorOf(parts: VectorPart[]): SQL {
  const present = parts.filter((p) => p.text.trim());
  if (!present.length) return sql`''::tsvector`;
  return sql.join(
    present.map((p) => sql`setweight(to_tsvector(${p.config}::regconfig, unaccent(${p.text})), ${p.weight})`),
    sql` || `,
  );
}

/** The declared language when given, otherwise the detected one (de/ro/en/hu), and the concepts found. */
function analyse(texts: { text: string; lang?: string | null }[]) {
  const concepts = new Set<string>();
  let lang: string | null = null;
  for (const t of texts) {
    if (!t.text.trim()) continue;
    const result = searchTagger().tag(t.text, { lang: t.lang });
    for (const c of result.concepts) concepts.add(c.key);
    lang ??= t.lang?.toLowerCase() || result.lang;
  }
  return { lang, concepts: [...concepts].sort() };
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * Rebuilds the search rows of one organisation (itself and its approved offers and requests)
 * inside the caller's transaction. A deleted organisation simply loses its rows.
 */
export async function reindexOrganisation(ctx: ServiceContext, organisationId: string): Promise<void> {
  await ctx.db.delete(searchDocuments).where(eq(searchDocuments.organisationId, organisationId));
  const [org] = await ctx.db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!org) return;
  const nameFolded = foldForLookup(org.name);

  const descriptions = org.description.map((d) => ({ text: d.text, lang: d.lang ?? null }));
  const orgAnalysis = analyse([{ text: org.name, lang: descriptions[0]?.lang }, ...descriptions]);
  const orgLang = orgAnalysis.lang;
  const rows: (typeof searchDocuments.$inferInsert)[] = [
    {
      entityType: 'organisation',
      entityId: org.id,
      organisationId: org.id,
      position: null,
      cityId: org.cityId,
      kind: org.kind,
      category: null,
      lang: orgLang,
      config: textSearchConfig(orgLang),
      themes: unique(org.themes),
      concepts: orgAnalysis.concepts,
      title: org.name,
      body: descriptions.map((d) => d.text).join('\n\n'),
      nameFolded,
      // Names are also indexed without stemming: proper names should not be read as words of a language.
      searchVector: vectorOf([
        { text: org.name, config: 'simple', weight: 'A' },
        { text: org.name, config: textSearchConfig(orgLang), weight: 'A' },
        ...descriptions.map((d) => ({ text: d.text, config: textSearchConfig(d.lang ?? orgLang), weight: 'B' as const })),
      ]) as unknown as string,
      validUntil: null,
      updatedAt: org.updatedAt,
    },
  ];

  // Only reviewed items are public (migrations/0003_item_review.sql); drafts and pending ones stay out.
  const items = await ctx.db
    .select()
    .from(organisationItems)
    .where(and(eq(organisationItems.organisationId, org.id), eq(organisationItems.status, 'approved')))
    .orderBy(asc(organisationItems.direction), asc(organisationItems.position));
  for (const item of items) {
    const { lang, concepts } = analyse([{ text: [item.title, item.text].filter(Boolean).join('. '), lang: item.lang }]);
    const config = textSearchConfig(lang);
    rows.push({
      entityType: item.direction,
      entityId: item.id,
      organisationId: org.id,
      position: item.position,
      cityId: org.cityId,
      kind: org.kind,
      category: item.category,
      lang,
      config,
      themes: unique([...item.themes, ...org.themes]),
      concepts,
      title: item.title ?? '',
      body: item.text,
      nameFolded,
      searchVector: vectorOf([
        { text: item.title ?? '', config, weight: 'A' },
        { text: item.text, config, weight: 'B' },
        { text: org.name, config: 'simple', weight: 'C' },
      ]) as unknown as string,
      validUntil: item.validUntil,
      updatedAt: org.updatedAt,
    });
  }
  await ctx.db.insert(searchDocuments).values(rows);
}

/** Rebuilds the whole index, organisation by organisation (for the CLI and after upgrades). */
export async function reindexAll(ctx: ServiceContext, batchSize = 500): Promise<{ organisations: number }> {
  let done = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await ctx.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(after ? gt(organisations.id, after) : undefined)
      .orderBy(asc(organisations.id))
      .limit(batchSize);
    if (!batch.length) break;
    for (const { id } of batch) await reindexOrganisation(ctx, id);
    done += batch.length;
    after = batch.at(-1)!.id;
  }
  return { organisations: done };
}

/**
 * A database migrated from before search existed has organisations but no search documents:
 * build the index once. Cheap when it is already filled (one row is read).
 */
export async function fillEmptySearchIndex(ctx: ServiceContext): Promise<{ organisations: number } | undefined> {
  return inTransaction(ctx, async (tx) => {
    // Several servers starting together: one builds, the others then find it filled.
    await tx.db.execute(sql`SELECT pg_advisory_xact_lock(72100002)`);
    const [anyDocument] = await tx.db.select({ id: searchDocuments.id }).from(searchDocuments).limit(1);
    if (anyDocument) return undefined;
    const [anyOrganisation] = await tx.db.select({ id: organisations.id }).from(organisations).limit(1);
    if (!anyOrganisation) return undefined;
    return reindexAll(tx);
  });
}

/**
 * Rebuilds the search rows of many organisations inside the caller's transaction (bulk imports).
 */
export async function reindexOrganisations(ctx: ServiceContext, organisationIds: readonly string[]): Promise<void> {
  for (const id of organisationIds) await reindexOrganisation(ctx, id);
}
