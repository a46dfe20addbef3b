import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { MatchDocument, MatchDocumentType, MatchProfile } from './match-profile.ts';
import { oneAfterAnother } from '../../db/one-after-another.ts';
import { citySummariesSubquery } from '../cities/index.ts';
import { introducedOrganisationIds, pendingIntroductionEndsSql } from '../introductions/index.ts';
import { organisationProfileRowsSubquery } from '../organisations/index.ts';
import { partnerCitiesWithThemes } from '../partnerships/index.ts';
import { profileDocumentsSubquery } from '../search/index.ts';

/**
 * Candidate retrieval, in SQL on both engines. The search index (search_documents) already holds
 * per organisation and per approved offer or request the united concepts (confirmed by editors
 * and found by the tagger), the language and the category, with a GIN index on concepts; so the
 * candidates are the organisations of the partner cities with at least one document sharing a
 * concept with the reader, found through that index, and then all their current documents.
 */
type Rows<T> = { rows: T[] };
const rowsOf = async <T>(db: Db, query: SQL): Promise<T[]> => ((await db.execute(query)) as unknown as Rows<T>).rows;

/**
 * One bound parameter per array (a PostgreSQL array literal cast to its type), however many
 * elements: a candidate list of thousands of ids stays one parameter on both engines.
 */
const literal = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
export const textArray = (values: readonly string[]) => sql`${literal(values)}::text[]`;
export const uuidArray = (values: readonly string[]) => sql`${literal(values)}::uuid[]`;

/**
 * The tables are read through their owners' fragments (issue 12), which PostgreSQL flattens: the
 * statements and their plans are those of the tables named directly. `standing` documents are the
 * organisations' own and their offers and requests that still stand (the search feature's rule).
 */
const standingDocuments = (alias: string) => profileDocumentsSubquery(alias, { standingOnly: true });
const organisationRows = () => organisationProfileRowsSubquery('org');

interface OrganisationRow {
  id: string;
  key: string;
  name: string;
  kind: string;
  city_id: string;
  languages: string[];
  updated_at: Date | string;
  open_introductions?: number;
}

interface DocumentRow {
  organisation_id: string;
  entity_type: MatchDocumentType;
  entity_id: string;
  category: string | null;
  lang: string | null;
  title: string;
  body?: string;
  concepts: string[];
  terms: string[];
  themes: string[];
}

const toDocument = (r: DocumentRow): MatchDocument => ({
  id: r.entity_id,
  type: r.entity_type,
  category: r.category,
  lang: r.lang,
  title: r.title,
  body: r.body ?? '',
  concepts: r.concepts ?? [],
  terms: r.terms ?? [],
  themes: r.themes ?? [],
});

function toProfiles(orgs: OrganisationRow[], docs: DocumentRow[]): MatchProfile[] {
  const byOrg = new Map<string, MatchDocument[]>();
  for (const d of docs) {
    const list = byOrg.get(d.organisation_id) ?? [];
    list.push(toDocument(d));
    byOrg.set(d.organisation_id, list);
  }
  return orgs.map((o) => ({
    organisationId: o.id,
    key: o.key,
    name: o.name,
    kind: o.kind,
    cityId: o.city_id,
    languages: o.languages ?? [],
    updatedAt: new Date(o.updated_at),
    openIntroductions: Number(o.open_introductions ?? 0),
    documents: byOrg.get(o.id) ?? [],
  }));
}

/** The reader's own profile: its organisation and its current, approved offers and requests. */
export async function loadProfile(db: Db, organisationId: string): Promise<MatchProfile | null> {
  const [orgs, docs] = await oneAfterAnother(
    () => rowsOf<OrganisationRow>(db, sql`SELECT id, key, name, kind, city_id, languages, updated_at FROM ${organisationRows()} WHERE id = ${organisationId}`),
    () =>
      rowsOf<DocumentRow>(
        db,
        sql`
      SELECT sd.organisation_id, sd.entity_type, sd.entity_id, sd.category, sd.lang,
             coalesce(nullif(sd.title, ''), left(sd.body, 120)) AS title, sd.body, sd.concepts, sd.terms, sd.themes
      FROM ${standingDocuments('sd')}
      WHERE sd.organisation_id = ${organisationId}
      ORDER BY sd.entity_type, sd.position NULLS FIRST`,
      ),
  );
  return orgs.length ? toProfiles(orgs, docs)[0] : null;
}

export interface PartnerCity {
  cityId: string;
  /** Focus themes of the partnerships (not ended) that link the reader's city with this one. */
  themes: string[];
}

/** Cities that share a partnership (not ended) with the city; never the city itself. */
export async function partnerCities(db: Db, cityId: string): Promise<PartnerCity[]> {
  return partnerCitiesWithThemes(db, cityId);
}

/**
 * Organisations the reader already has an introduction with that is pending, accepted or
 * declined (in either direction): they are left out of the suggestions.
 */
export async function introducedOrganisations(db: Db, organisationId: string): Promise<Set<string>> {
  return introducedOrganisationIds(db, organisationId);
}

export interface CandidateQuery {
  cityIds: readonly string[];
  concepts: readonly string[];
  /** Evidence terms of the reader (tagging's evidenceTerms): candidates where no concept connects. */
  terms?: readonly string[];
  /** Only candidates with an offer or request of this direction sharing a concept or term (matchesForItem). */
  direction?: 'offer' | 'request';
  /** At most this many candidate organisations, the strongest by rarity-weighted shared concepts and terms. */
  limit?: number;
}

/** Enough for the top 50 to be the same as without a cap, small enough for 100 ms at 100,000 organisations. */
export const CANDIDATE_LIMIT = 300;
/** A shared word is weaker evidence than a shared concept (it may be a false friend): it counts half in retrieval. */
export const TERM_RETRIEVAL_FACTOR = 0.5;

/**
 * A word in at least this share of all search documents is common (PostgreSQL's own statistics of
 * the terms column, pg_stats.most_common_elems, kept by ANALYZE): it is not used to find candidates,
 * and its rarity is estimated from that share rather than counted. Every other word is rare enough
 * that the documents sharing it are few, found and counted exactly through the GIN index.
 */
export const COMMON_TERM_SHARE = 0.004;
/** At most this many of the reader's evidence terms are used (codes first, then in key order). */
export const READER_TERM_LIMIT = 48;

/**
 * The candidate set in one statement, read through the GIN indexes on concepts and terms and
 * the covering index (migrations 0008, 0030), never visiting the wide search_documents rows
 * (text vectors, bodies):
 *   common      reader terms PostgreSQL's statistics list as common, with their share of documents;
 *   rows        current documents of the partner cities sharing a concept or a term that is not common;
 *   population  organisations of the partner cities; df: how many of them have each reader key
 *               (common terms: estimated from their share);
 *   hits        the organisations with the most rarity-weighted shared keys (at most `limit`);
 * then all current documents of the hits, with kind, languages, freshness and open introductions.
 * The benchmark times this statement alone as "the bare SQL query that fetches the candidate set".
 */
export function candidateSetQuery(q: CandidateQuery): SQL {
  const cities = uuidArray(q.cityIds);
  const concepts = textArray(q.concepts);
  const readerTerms = [...(q.terms ?? [])].sort((a, b) => (a[0] === b[0] ? a.localeCompare(b) : a[0] === '#' ? -1 : 1)).slice(0, READER_TERM_LIMIT);
  const terms = textArray(readerTerms);
  const hitTypes = q.direction ? sql`r.entity_type = ${q.direction}` : sql`true`;
  return sql`
    WITH common AS MATERIALIZED (
      SELECT e.key, e.share FROM pg_stats s
      CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(key, share)
      WHERE s.schemaname = current_schema() AND s.tablename = 'search_documents' AND s.attname = 'terms'
        AND e.key = ANY(${terms}) AND e.share >= ${COMMON_TERM_SHARE}
    ),
    rare_terms AS (SELECT coalesce(array_agg(t.key), '{}') AS keys FROM unnest(${terms}) AS t(key) WHERE t.key NOT IN (SELECT key FROM common)),
    rows AS MATERIALIZED (
      SELECT sd.city_id, sd.organisation_id, sd.entity_type, sd.concepts AS keys FROM ${standingDocuments('sd')}
      WHERE sd.city_id = ANY(${cities}) AND sd.concepts && ${concepts}
      UNION ALL
      SELECT sd.city_id, sd.organisation_id, sd.entity_type, sd.terms FROM ${standingDocuments('sd')}, rare_terms
      WHERE sd.city_id = ANY(${cities}) AND sd.terms && rare_terms.keys
    ),
    population AS (SELECT count(*)::float8 AS n FROM ${organisationRows()} WHERE city_id = ANY(${cities})),
    df AS (
      SELECT k.key, count(DISTINCT r.organisation_id)::float8 AS n
      FROM rows r CROSS JOIN LATERAL unnest(r.keys) AS k(key), rare_terms
      WHERE k.key = ANY(${concepts}) OR k.key = ANY(rare_terms.keys) GROUP BY k.key
      UNION ALL
      SELECT c.key, c.share * p.n FROM common c, population p
    ),
    weights AS (
      SELECT df.key, greatest(0.2, ln((p.n + 1) / (df.n + 0.5))) * (CASE WHEN left(df.key, 1) IN ('~', '#') THEN ${TERM_RETRIEVAL_FACTOR}::float8 ELSE 1 END) AS w
      FROM df, population p
    ),
    hits AS MATERIALIZED (
      SELECT r.city_id, r.organisation_id, sum(w.w) AS strength
      FROM rows r CROSS JOIN LATERAL unnest(r.keys) AS k(key) JOIN weights w ON w.key = k.key
      WHERE ${hitTypes}
      GROUP BY r.city_id, r.organisation_id
      ORDER BY strength DESC, r.organisation_id
      LIMIT ${q.limit ?? CANDIDATE_LIMIT}
    ),
    open AS (
      SELECT org, count(*) AS n FROM (
        ${pendingIntroductionEndsSql()}
      ) pending
      WHERE org IN (SELECT organisation_id FROM hits)
      GROUP BY org
    )
    SELECT o.id, o.key, o.kind, o.city_id, o.languages, o.updated_at, coalesce(open.n, 0)::int AS open_introductions,
           sd.organisation_id, sd.entity_type, sd.entity_id, sd.category, sd.lang, sd.concepts, sd.terms,
           (SELECT n FROM population)::int AS population, (SELECT json_object_agg(key, n) FROM df) AS df
    FROM hits h
    JOIN ${standingDocuments('sd')} ON sd.city_id = h.city_id AND sd.organisation_id = h.organisation_id
    JOIN (SELECT id, key, kind, city_id, languages, updated_at FROM ${organisationRows()} WHERE city_id = ANY(${cities})) o ON o.id = h.organisation_id
    LEFT JOIN open ON open.org = h.organisation_id`;
}

export interface CandidateSet {
  candidates: MatchProfile[];
  /** Organisations in the partner cities, and how many of them have each of the reader's concepts. */
  population: number;
  organisationsWith: Map<string, number>;
}

/**
 * Candidates as profiles: their organisation, all current documents and open introductions.
 * Names and titles are left empty here: only the few shown are read (presentMatches). Keys are
 * read: equal scores are ranked by them, the same in every database.
 */
export async function loadCandidates(db: Db, q: CandidateQuery): Promise<CandidateSet> {
  if (!q.cityIds.length || (!q.concepts.length && !q.terms?.length)) return { candidates: [], population: 0, organisationsWith: new Map() };
  const rows = await rowsOf<OrganisationRow & DocumentRow & { population: number; df: Record<string, number> | string | null }>(db, candidateSetQuery(q));
  const orgs = new Map<string, OrganisationRow>();
  for (const r of rows) if (!orgs.has(r.id)) orgs.set(r.id, { ...r, name: '' });
  const df = rows[0]?.df;
  const counts = typeof df === 'string' ? (JSON.parse(df) as Record<string, number>) : (df ?? {});
  return {
    candidates: toProfiles(
      [...orgs.values()],
      rows.map((r) => ({ ...r, title: '' })),
    ),
    population: Number(rows[0]?.population ?? 0),
    organisationsWith: new Map(Object.entries(counts).map(([k, n]) => [k, Number(n)])),
  };
}

/**
 * The last resort for a reader whose texts share no concept and no word with anybody in the
 * partner cities: organisations of kinds that work well with the reader's (kind-complementarity.ts),
 * most recently updated first, with their documents. Scored as weak evidence.
 */
export async function loadCandidatesOfKinds(db: Db, q: { cityIds: readonly string[]; kinds: readonly string[]; limit: number }): Promise<MatchProfile[]> {
  if (!q.cityIds.length || !q.kinds.length) return [];
  const cities = uuidArray(q.cityIds);
  const rows = await rowsOf<OrganisationRow & DocumentRow>(
    db,
    sql`
    WITH hits AS MATERIALIZED (
      SELECT id, key, kind, city_id, languages, updated_at FROM ${organisationRows()}
      WHERE city_id = ANY(${cities}) AND kind = ANY(${textArray(q.kinds)})
      ORDER BY updated_at DESC, id LIMIT ${q.limit}
    )
    SELECT h.id, h.key, h.kind, h.city_id, h.languages, h.updated_at, 0 AS open_introductions,
           sd.organisation_id, sd.entity_type, sd.entity_id, sd.category, sd.lang, sd.concepts, sd.terms
    FROM hits h JOIN ${standingDocuments('sd')} ON sd.city_id = h.city_id AND sd.organisation_id = h.id`,
  );
  const orgs = new Map<string, OrganisationRow>();
  for (const r of rows) if (!orgs.has(r.id)) orgs.set(r.id, { ...r, name: '' });
  return toProfiles(
    [...orgs.values()],
    rows.map((r) => ({ ...r, title: '' })),
  );
}

export interface ShownOrganisation {
  id: string;
  key: string;
  name: string;
  kind: string;
  city: { id: string; key: string; name: string; country: string };
}

/** Key, name and city of the organisations shown. */
export async function shownOrganisations(db: Db, ids: readonly string[]): Promise<Map<string, ShownOrganisation>> {
  if (!ids.length) return new Map();
  const rows = await rowsOf<{ id: string; key: string; name: string; kind: string; city_id: string; city_key: string; city_name: string; country: string }>(
    db,
    sql`
    SELECT o.id, o.key, o.name, o.kind, c.id AS city_id, c.key AS city_key, c.name AS city_name, c.country
    FROM ${organisationProfileRowsSubquery('o')} JOIN ${citySummariesSubquery('c')} ON c.id = o.city_id WHERE o.id = ANY(${uuidArray(ids)})`,
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, key: r.key, name: r.name, kind: r.kind, city: { id: r.city_id, key: r.city_key, name: r.city_name, country: r.country.trim() } },
    ]),
  );
}

/** Titles (or the start of the text) of the offers and requests shown. */
export async function itemTitles(db: Db, itemIds: readonly string[]): Promise<Map<string, string>> {
  if (!itemIds.length) return new Map();
  const rows = await rowsOf<{ entity_id: string; title: string }>(
    db,
    sql`
    SELECT entity_id, coalesce(nullif(title, ''), left(body, 120)) AS title FROM ${profileDocumentsSubquery('sd', { standingOnly: false })}
    WHERE entity_type IN ('offer', 'request') AND entity_id = ANY(${uuidArray(itemIds)})`,
  );
  return new Map(rows.map((r) => [r.entity_id, r.title]));
}
