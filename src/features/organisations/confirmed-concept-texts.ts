import { and, asc, eq, gte, isNull, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { todayIso } from './item-validity.ts';
import { organisationItems, organisations } from './organisations.table.ts';

/** One published text and the concepts its editor confirmed for it. */
export interface ConfirmedConceptText {
  organisationId: string;
  /** Where the text comes from: an approved offer or request, or the organisation's description. */
  source: 'item' | 'description';
  concepts: string[];
  /** As the author declared it (any ISO 639-1 code), or null. */
  lang: string | null;
  text: string;
}

/**
 * The public texts whose editors confirmed concepts for them, for learning which words go with a
 * concept (synonym suggestions, issue 14): published offers and requests (approved and not
 * expired; title and text) with their confirmed concepts, and each language of an organisation's
 * description with the organisation's. Drafts, items in review, returned and expired items are
 * not public and are left out, as are texts with no confirmed concept (unconfirmed is not "not
 * about it"). At most `limit` of each kind.
 */
export async function confirmedConceptTexts(ctx: Pick<ServiceContext, 'db'>, options: { limit: number }): Promise<ConfirmedConceptText[]> {
  const items = await ctx.db
    .select({
      organisationId: organisationItems.organisationId,
      concepts: organisationItems.concepts,
      lang: organisationItems.lang,
      title: organisationItems.title,
      text: organisationItems.text,
    })
    .from(organisationItems)
    .where(
      and(
        eq(organisationItems.status, 'approved'),
        or(isNull(organisationItems.validUntil), gte(organisationItems.validUntil, todayIso())),
        sql`cardinality(${organisationItems.concepts}) > 0`,
      ),
    )
    .orderBy(asc(organisationItems.organisationId), asc(organisationItems.direction), asc(organisationItems.position))
    .limit(options.limit);
  const described = await ctx.db
    .select({ organisationId: organisations.id, concepts: organisations.concepts, description: organisations.description })
    .from(organisations)
    .where(sql`cardinality(${organisations.concepts}) > 0 and jsonb_array_length(${organisations.description}) > 0`)
    .orderBy(asc(organisations.id))
    .limit(options.limit);
  return [
    ...items.map((i) => ({
      organisationId: i.organisationId,
      source: 'item' as const,
      concepts: i.concepts,
      lang: i.lang,
      text: i.title ? `${i.title}. ${i.text}` : i.text,
    })),
    ...described.flatMap((o) =>
      o.description
        .filter((d) => d.text.trim())
        .map((d) => ({ organisationId: o.organisationId, source: 'description' as const, concepts: o.concepts, lang: d.lang ?? null, text: d.text })),
    ),
  ];
}
