-- Search (issue 3, second part): SDGs and concept facets, and people where their consent allows.

-- People are indexed too. A person may have no organisation, and then no organisation kind.
ALTER TABLE search_documents DROP CONSTRAINT search_documents_entity_type_check;
ALTER TABLE search_documents ADD CONSTRAINT search_documents_entity_type_check
  CHECK (entity_type IN ('organisation', 'offer', 'request', 'person'));
ALTER TABLE search_documents ALTER COLUMN organisation_id DROP NOT NULL;
ALTER TABLE search_documents ALTER COLUMN kind DROP NOT NULL;

-- Who may find the row: 'public' for organisations, offers, requests and people who consented to
-- the public; 'partners' for people who consented to partner cities only; 'private' for people
-- without consent (found only by admins, their city's coordinators and their organisation's
-- editors, as person-visibility.ts decides for the people API).
ALTER TABLE search_documents ADD COLUMN visibility text NOT NULL DEFAULT 'public'
  CHECK (visibility IN ('public', 'partners', 'private'));

-- SDGs of the row's concepts (taxonomy mapping), stored so that the sdg filter and facet need no join.
ALTER TABLE search_documents ADD COLUMN sdgs smallint[] NOT NULL DEFAULT '{}';
CREATE INDEX search_documents_sdgs_idx ON search_documents USING gin (sdgs);
CREATE INDEX search_documents_people_idx ON search_documents (entity_id) WHERE entity_type = 'person';


-- The index is derived data: emptied here (before the triggers below count anything, so the totals
-- start empty too); it is rebuilt with the new columns and people at the next start
-- (fillEmptySearchIndex) or by reindexAll.
DELETE FROM search_documents;

-- Facet counts of the whole public index, kept by triggers in the writer's transaction, so that
-- browsing without a query or filter (the search page as it opens) does not count 300,000 rows.
-- valid_month is the first day of the month of valid_until ('infinity' when open-ended): the
-- months after the current one are wholly standing; rows expiring this month are counted live.
-- People who did not consent to the public are not in these counts (they are added live, per reader).
CREATE TABLE search_facet_totals (
  valid_month  date NOT NULL,
  dim          text NOT NULL,        -- type, city, kind, category, lang, theme, concept, sdg, total
  value        text NOT NULL,
  n            integer NOT NULL,
  PRIMARY KEY (valid_month, dim, value)
);
CREATE INDEX search_documents_valid_until_idx ON search_documents (valid_until) WHERE valid_until IS NOT NULL;
CREATE INDEX search_documents_restricted_idx ON search_documents (city_id) WHERE visibility <> 'public';

CREATE FUNCTION search_facet_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows' END;
BEGIN
  -- One writer of the totals at a time: two transactions adding to the same counters in
  -- different orders would otherwise deadlock.
  PERFORM pg_advisory_xact_lock(72100003);
  EXECUTE format($sql$
    INSERT INTO search_facet_totals (valid_month, dim, value, n)
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
    ORDER BY 1, 2, 3
    ON CONFLICT (valid_month, dim, value) DO UPDATE SET n = search_facet_totals.n + excluded.n
  $sql$, source);
  RETURN NULL;
END
$$;

-- Statement-level: one aggregate per INSERT or DELETE statement, however many rows (bulk
-- indexing inserts a thousand at a time); deletes cascaded from organisations fire it too.
CREATE TRIGGER search_documents_totals_insert AFTER INSERT ON search_documents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_totals_apply();
CREATE TRIGGER search_documents_totals_delete AFTER DELETE ON search_documents
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_totals_apply();
CREATE TRIGGER search_documents_totals_update AFTER UPDATE ON search_documents
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_facet_totals_apply();

-- Browsing by name (no query): the page is read in index order instead of sorting every row.
CREATE INDEX search_documents_name_order_idx
  ON search_documents (name_folded, (entity_type <> 'organisation'), entity_type, position, id);
