-- Search (issue 3, follow-up): writers of the index no longer wait for each other, and facet
-- counting reads a narrow table instead of the wide rows.

-- 1. Facet totals without a global lock.
-- 0005's triggers added to shared counters under one advisory lock, so a long transaction writing
-- index rows (a CSV import) held up every organisation and person write. Now each statement
-- appends signed delta rows (no unique key, no lock, so writers never meet); readers add the
-- deltas to the base rows in search_facet_totals; a compaction (search-facet-totals.ts, run by
-- the maintenance jobs and after a full reindex) folds committed deltas into the base rows.
CREATE TABLE search_facet_deltas (
  valid_month  date NOT NULL,
  dim          text NOT NULL,
  value        text NOT NULL,
  n            integer NOT NULL
);

CREATE OR REPLACE FUNCTION search_facet_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO search_facet_deltas (valid_month, dim, value, n)
    SELECT coalesce(date_trunc('month', r.valid_until)::date, 'infinity'::date), p.dim, p.value, sum(r.sign)::int
    FROM (%s) r
    CROSS JOIN LATERAL (
      SELECT 'total' AS dim, '' AS value
      UNION ALL SELECT 'type', r.entity_type
      UNION ALL SELECT 'city', r.city_id::text
      UNION ALL SELECT 'kind', r.kind WHERE r.kind IS NOT NULL
      UNION ALL SELECT 'category', r.category WHERE r.category IS NOT NULL
      UNION ALL SELECT 'lang', r.lang WHERE r.lang IS NOT NULL
      UNION ALL SELECT 'theme', unnest(r.themes)
      UNION ALL SELECT 'concept', unnest(r.concepts)
      UNION ALL SELECT 'sdg', unnest(r.sdgs)::text
    ) p
    WHERE r.visibility = 'public'
    GROUP BY 1, 2, 3
    HAVING sum(r.sign) <> 0
  $sql$, source);
  RETURN NULL;
END
$$;

-- 2. A narrow copy of the columns facets and filters read.
-- search_documents rows are wide (title, body, text vector: about 600 bytes each), so counting
-- facets over thousands of them read far more pages than the counted columns fill. Browsing and
-- filtering without a query count here; a text query still finds its rows in search_documents.
-- Kept by triggers in the writer's transaction, like the totals.
CREATE TABLE search_facet_rows (
  id               uuid PRIMARY KEY,         -- = search_documents.id
  entity_type      text NOT NULL,
  city_id          uuid NOT NULL,
  organisation_id  uuid,
  kind             text,
  category         text,
  lang             text,
  themes           text[] NOT NULL,
  concepts         text[] NOT NULL,
  sdgs             smallint[] NOT NULL,
  visibility       text NOT NULL,
  valid_until      date,
  name_folded      text NOT NULL,
  position         integer,
  updated_at       timestamptz NOT NULL
);
INSERT INTO search_facet_rows
  SELECT id, entity_type, city_id, organisation_id, kind, category, lang, themes, concepts, sdgs, visibility, valid_until, name_folded, position, updated_at
  FROM search_documents;
CREATE INDEX search_facet_rows_themes_idx ON search_facet_rows USING gin (themes);
CREATE INDEX search_facet_rows_concepts_idx ON search_facet_rows USING gin (concepts);
CREATE INDEX search_facet_rows_sdgs_idx ON search_facet_rows USING gin (sdgs);
CREATE INDEX search_facet_rows_city_idx ON search_facet_rows (city_id);
CREATE INDEX search_facet_rows_valid_until_idx ON search_facet_rows (valid_until) WHERE valid_until IS NOT NULL;
CREATE INDEX search_facet_rows_restricted_idx ON search_facet_rows (city_id) WHERE visibility <> 'public';

CREATE FUNCTION search_facet_rows_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    DELETE FROM search_facet_rows f USING old_rows o WHERE f.id = o.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO search_facet_rows
      SELECT id, entity_type, city_id, organisation_id, kind, category, lang, themes, concepts, sdgs, visibility, valid_until, name_folded, position, updated_at
      FROM new_rows;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER search_documents_facet_rows_insert AFTER INSERT ON search_documents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_rows_apply();
CREATE TRIGGER search_documents_facet_rows_delete AFTER DELETE ON search_documents
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_rows_apply();
CREATE TRIGGER search_documents_facet_rows_update AFTER UPDATE ON search_documents
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_rows_apply();

-- The totals are read by dimension over the months to come.
CREATE INDEX search_facet_totals_dim_idx ON search_facet_totals (dim, valid_month) INCLUDE (value, n);
