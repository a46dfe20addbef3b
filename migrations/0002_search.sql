-- Pontis search (issue 3): one index over organisations, their offers and their requests.
-- unaccent and pg_trgm ship with PostgreSQL's contrib; PGlite loads them from its bundle.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Derived data, rebuilt by the application on every write of an organisation (search-index.ts).
-- unaccent() is not IMMUTABLE, so the folded name and the text vector are computed on write
-- and stored, never in an index expression.
CREATE TABLE search_documents (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_type      text NOT NULL CHECK (entity_type IN ('organisation', 'offer', 'request')),
  entity_id        uuid NOT NULL,           -- the organisation, or the organisation_items row
  organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  position         integer,                 -- of an offer or request within its organisation
  city_id          uuid NOT NULL REFERENCES cities(id),
  kind             text NOT NULL,           -- the organisation's kind, also on its items
  category         text,
  lang             text,                    -- de, ro, en, hu or another ISO 639-1 code; null when unknown
  config           text NOT NULL,           -- text search configuration the row was indexed with
  themes           text[] NOT NULL DEFAULT '{}',
  concepts         text[] NOT NULL DEFAULT '{}',
  title            text NOT NULL,
  body             text NOT NULL DEFAULT '',
  name_folded      text NOT NULL,           -- organisation name, lower case, diacritics removed
  search_vector    tsvector NOT NULL,
  valid_until      date,
  updated_at       timestamptz NOT NULL,
  UNIQUE (entity_type, entity_id)
);
CREATE INDEX search_documents_vector_idx ON search_documents USING gin (search_vector);
CREATE INDEX search_documents_name_trgm_idx ON search_documents USING gin (name_folded gin_trgm_ops);
CREATE INDEX search_documents_concepts_idx ON search_documents USING gin (concepts);
CREATE INDEX search_documents_organisation_idx ON search_documents (organisation_id);
CREATE INDEX search_documents_city_idx ON search_documents (city_id);
