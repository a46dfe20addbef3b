import { and, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { foldForLookup } from '../../shared/text-normalize.ts';
import {
  anyOrganisationExists,
  approvedItemsOfOrganisations,
  organisationCount,
  organisationIdsAfter,
  organisationRecordsByIds,
  type OrganisationItemRecord,
  type OrganisationRecord,
} from '../organisations/index.ts';
import {
  anyPersonExists,
  idsOfPeopleWithoutOrganisation,
  peopleCount,
  peopleOfOrganisations,
  peopleWithOrganisation,
  type PersonRecord,
} from '../people/index.ts';
import type { ConceptTagger } from '../tagging/index.ts';
import { conceptTaggerFor, evidenceTerms } from '../tagging/index.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { compoundPartsText } from './search-compounds.ts';
import { compactFacetTotals } from './search-facet-totals.ts';
import { textSearchConfig } from './search-language.ts';
import { institutionTypesOf, vocabularyLanguages, vocabularyOf } from './search-vocabulary.ts';
import { searchDocuments, type SearchVisibility } from './search.table.ts';

interface VectorPart {
  text: string;
  config: string;
  weight: 'A' | 'B' | 'C' | 'D';
}

type Row = typeof searchDocuments.$inferInsert;

/** Organisations per round trip; their offers, requests and people come along. */
const ORGANISATION_BATCH = 500;
/** Rows per INSERT: about 30 parameters each keeps a statement far below PostgreSQL's 65,535. */
const INSERT_BATCH = 1000;

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

/**
 * The words of what a row is about (its themes, its kind, its types of institution) in all four
 * languages, each stemmed by its language's configuration and also unstemmed, at the lowest
 * weight: they make "Landwirtschaft", "Flughafen" or "Universität" find a row whose own text is
 * in another language, while a row whose own text holds the word ranks above it.
 */
const functionWords = new Set(['und', 'für', 'de', 'în', 'și', 'la', 'cu', 'of', 'and', 'the', 'és', 'a', 'az']);

function vocabularyParts(about: Parameters<typeof vocabularyOf>[0]): VectorPart[] {
  const words = vocabularyOf(about);
  const parts: VectorPart[] = vocabularyLanguages.map((l) => ({ text: words[l].join(', '), config: textSearchConfig(l), weight: 'D' }));
  // Unstemmed, the function words ("de", "în", "und") would be words every such row holds.
  const unstemmed = vocabularyLanguages.flatMap((l) => words[l].flatMap((w) => w.split(/\s+/))).filter((w) => !functionWords.has(w.toLowerCase()));
  parts.push({ text: unstemmed.join(', '), config: 'simple', weight: 'D' });
  return parts;
}

/**
 * The parts of a German or Hungarian text's compounds ("Breitensportverein": sport, verein,
 * sportverein), at weight C: the row's own words, but found inside a longer one, so they rank
 * below the same word written on its own (weights A and B).
 */
const compoundParts = (text: string, lang: string | null | undefined): VectorPart => ({
  text: compoundPartsText(text, lang),
  config: textSearchConfig(lang ?? null),
  weight: 'C',
});

/** SDGs of a set of concepts, through the taxonomy's mapping. */
export function sdgsOf(concepts: readonly string[]): number[] {
  const taxonomy = getTaxonomy();
  const goals = new Set<number>();
  for (const key of concepts) for (const goal of taxonomy.concept(key)?.sdgs ?? []) goals.add(goal);
  return [...goals].sort((a, b) => a - b);
}

/**
 * The declared language when given, otherwise the detected one (de/ro/en/hu), and the concepts:
 * those an editor confirmed united with those the tagger finds in the text.
 */
function analyse(tagger: ConceptTagger, texts: { text: string; lang?: string | null }[], confirmed: readonly string[] = []) {
  const concepts = new Set<string>(confirmed);
  let lang: string | null = null;
  for (const t of texts) {
    if (!t.text.trim()) continue;
    const result = tagger.tag(t.text, { lang: t.lang });
    for (const c of result.concepts) concepts.add(c.key);
    lang ??= t.lang?.toLowerCase() || result.lang;
  }
  const sorted = [...concepts].sort();
  return { lang, concepts: sorted, sdgs: sdgsOf(sorted) };
}

const unique = (values: string[]) => [...new Set(values)];

type OrganisationRow = OrganisationRecord;
type ItemRow = OrganisationItemRecord;
type PersonRow = PersonRecord;

function organisationRows(tagger: ConceptTagger, org: OrganisationRow, items: ItemRow[]): Row[] {
  const nameFolded = foldForLookup(org.name);
  const descriptions = org.description.map((d) => ({ text: d.text, lang: d.lang ?? null }));
  const orgAnalysis = analyse(tagger, [{ text: org.name, lang: descriptions[0]?.lang }, ...descriptions], org.concepts);
  const orgLang = orgAnalysis.lang;
  const rows: Row[] = [
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
      sdgs: orgAnalysis.sdgs,
      terms: evidenceTerms([org.name, ...descriptions.map((d) => d.text)].join('\n')),
      visibility: 'public',
      title: org.name,
      body: descriptions.map((d) => d.text).join('\n\n'),
      nameFolded,
      // Names are also indexed without stemming: proper names should not be read as words of a language.
      searchVector: vectorOf([
        { text: org.name, config: 'simple', weight: 'A' },
        { text: org.name, config: textSearchConfig(orgLang), weight: 'A' },
        ...descriptions.map((d) => ({ text: d.text, config: textSearchConfig(d.lang ?? orgLang), weight: 'B' as const })),
        compoundParts(org.name, orgLang),
        ...descriptions.map((d) => compoundParts(d.text, d.lang ?? orgLang)),
        ...vocabularyParts({
          themes: org.themes,
          kind: org.kind,
          types: institutionTypesOf(
            org.name,
            descriptions.map((d) => d.text),
          ),
        }),
      ]) as unknown as string,
      validUntil: null,
      updatedAt: org.updatedAt,
    },
  ];
  for (const item of items) {
    const { lang, concepts, sdgs } = analyse(tagger, [{ text: [item.title, item.text].filter(Boolean).join('. '), lang: item.lang }], item.concepts);
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
      sdgs,
      terms: evidenceTerms([item.title ?? '', item.text].join('\n')),
      visibility: 'public',
      title: item.title ?? '',
      body: item.text,
      nameFolded,
      searchVector: vectorOf([
        { text: item.title ?? '', config, weight: 'A' },
        { text: item.text, config, weight: 'B' },
        { text: org.name, config: 'simple', weight: 'C' },
        compoundParts([item.title ?? '', item.text].join(' '), lang),
        // Only the themes the organisation does not have: a theme word should find the
        // organisation, not fill the page with each of its offers and requests after it.
        ...vocabularyParts({ themes: item.themes.filter((t) => !org.themes.includes(t)) }),
      ]) as unknown as string,
      validUntil: item.validUntil,
      updatedAt: org.updatedAt,
    });
  }
  return rows;
}

/** What a person's consent lets others find (see person-visibility.ts for who sees what). */
const personVisibility = (p: Pick<PersonRow, 'visibleToPublic' | 'visibleToPartners'>): SearchVisibility =>
  p.visibleToPublic ? 'public' : p.visibleToPartners ? 'partners' : 'private';

/**
 * A person is found by name (typos too), role and organisation name; contacts (e-mail, phone)
 * are never indexed.
 */
function personRow(tagger: ConceptTagger, person: PersonRow, org: Pick<OrganisationRow, 'name' | 'kind'> | null): Row {
  const role = person.roleTitle ?? '';
  const { lang, concepts, sdgs } = analyse(tagger, [{ text: role }]);
  const config = textSearchConfig(lang);
  return {
    entityType: 'person',
    entityId: person.id,
    organisationId: person.organisationId,
    position: null,
    cityId: person.cityId,
    kind: org?.kind ?? null,
    category: null,
    lang: null,
    config,
    themes: [],
    concepts,
    sdgs,
    visibility: personVisibility(person),
    title: person.name,
    body: role,
    nameFolded: foldForLookup(person.name),
    searchVector: vectorOf([
      { text: person.name, config: 'simple', weight: 'A' },
      { text: role, config, weight: 'B' },
      { text: role, config: 'simple', weight: 'B' },
      { text: org?.name ?? '', config: 'simple', weight: 'C' },
    ]) as unknown as string,
    validUntil: null,
    updatedAt: person.updatedAt,
  };
}

// Every column but the key, taken from the row offered: an upsert writes the rebuilt row whole.
const upsertSet = Object.fromEntries(
  Object.entries(getTableColumns(searchDocuments))
    .filter(([, column]) => column.name !== 'id')
    .map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
);

/**
 * Writes rebuilt rows. An upsert, because another transaction may have rebuilt the same record
 * since this one's DELETE began (two coordinators deciding on one organisation's offers, an edit
 * during the retagging job): its rows were invisible to that DELETE, and a plain INSERT collided.
 */
async function insertRows(ctx: ServiceContext, rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await ctx.db
      .insert(searchDocuments)
      .values(rows.slice(i, i + INSERT_BATCH))
      .onConflictDoUpdate({ target: [searchDocuments.entityType, searchDocuments.entityId], set: upsertSet });
  }
}

/**
 * Rebuilds the search rows of many organisations (themselves, their approved offers and requests,
 * their people) inside the caller's transaction, set-based: per batch of organisations one read of
 * organisations, one of items, one of people, one DELETE and one multi-row INSERT per thousand rows.
 * Deleted organisations simply lose their rows.
 */
export async function reindexOrganisations(ctx: ServiceContext, organisationIds: readonly string[]): Promise<void> {
  const ids = [...new Set(organisationIds)];
  if (!ids.length) return;
  const tagger = await conceptTaggerFor(ctx);
  for (let i = 0; i < ids.length; i += ORGANISATION_BATCH) {
    const batch = ids.slice(i, i + ORGANISATION_BATCH);
    await ctx.db.delete(searchDocuments).where(inArray(searchDocuments.organisationId, batch));
    // One after the other: the caller's transaction is one connection (pg deprecates overlapping queries on it).
    const orgs = await organisationRecordsByIds(ctx, batch);
    // Only reviewed items are public (migrations/0003_item_review.sql); drafts and pending ones stay out.
    const items = await approvedItemsOfOrganisations(ctx, batch);
    const members = await peopleOfOrganisations(ctx, batch);
    const itemsOf = new Map<string, ItemRow[]>();
    for (const item of items) itemsOf.set(item.organisationId, [...(itemsOf.get(item.organisationId) ?? []), item]);
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const rows = orgs.flatMap((org) => organisationRows(tagger, org, itemsOf.get(org.id) ?? []));
    for (const person of members) rows.push(personRow(tagger, person, byId.get(person.organisationId!) ?? null));
    // Rows a concurrent rebuild committed after the DELETE above began, which this one no longer has.
    const kept = rows.map((r) => `${r.entityType}:${r.entityId}`);
    await ctx.db
      .delete(searchDocuments)
      .where(
        and(
          inArray(searchDocuments.organisationId, batch),
          sql`(${searchDocuments.entityType} || ':' || ${searchDocuments.entityId}::text) <> ALL(${`{${kept.join(',')}}`}::text[])`,
        ),
      );
    await insertRows(ctx, rows);
  }
}

/** Rebuilds the search rows of one organisation inside the caller's transaction. */
export async function reindexOrganisation(ctx: ServiceContext, organisationId: string): Promise<void> {
  await reindexOrganisations(ctx, [organisationId]);
}

/**
 * Rebuilds the search rows of people (after a person is written, in the writer's transaction);
 * a deleted person loses the row.
 */
export async function reindexPeople(ctx: ServiceContext, personIds: readonly string[]): Promise<void> {
  const ids = [...new Set(personIds)];
  if (!ids.length) return;
  const tagger = await conceptTaggerFor(ctx);
  await ctx.db.delete(searchDocuments).where(and(eq(searchDocuments.entityType, 'person'), inArray(searchDocuments.entityId, ids)));
  const rows = await peopleWithOrganisation(ctx, ids);
  await insertRows(
    ctx,
    rows.map((r) => personRow(tagger, r.person, r.org)),
  );
}

export const reindexPerson = (ctx: ServiceContext, personId: string) => reindexPeople(ctx, [personId]);

/**
 * Rebuilds the whole index, in batches of organisations (each in its own transaction, so readers
 * never see a batch half rebuilt and no transaction runs for the whole rebuild), then people
 * without an organisation (for the CLI, after upgrades, and for tests).
 */
export async function reindexAll(
  ctx: ServiceContext,
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ organisations: number; people: number }> {
  const batchSize = options.batchSize ?? 2000;
  const total = await organisationCount(ctx);
  let done = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await organisationIdsAfter(ctx, after, batchSize);
    if (!batch.length) break;
    await inTransaction(ctx, (tx) => reindexOrganisations(tx, batch));
    done += batch.length;
    after = batch.at(-1)!;
    options.onProgress?.(done, Math.max(done, total));
  }
  const loners = await idsOfPeopleWithoutOrganisation(ctx);
  for (let i = 0; i < loners.length; i += batchSize) {
    await inTransaction(ctx, (tx) => reindexPeople(tx, loners.slice(i, i + batchSize)));
  }
  const n = await peopleCount(ctx);
  // A full rebuild leaves a delta per value and statement: fold them now rather than at the next tick.
  await compactFacetTotals(ctx.db);
  return { organisations: done, people: n };
}

/**
 * A database migrated from before search existed (or whose index migration 0005 emptied) has
 * organisations or people but no search documents: build the index once. Cheap when it is
 * already filled (one row is read).
 */
export async function fillEmptySearchIndex(ctx: ServiceContext): Promise<{ organisations: number; people: number } | undefined> {
  return inTransaction(ctx, async (tx) => {
    // Several servers starting together: one builds, the others then find it filled.
    await tx.db.execute(sql`SELECT pg_advisory_xact_lock(72100002)`);
    const [anyDocument] = await tx.db.select({ id: searchDocuments.id }).from(searchDocuments).limit(1);
    if (anyDocument) return undefined;
    if (!(await anyOrganisationExists(tx)) && !(await anyPersonExists(tx))) return undefined;
    return reindexAll(tx);
  });
}
