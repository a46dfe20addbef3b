-- The ecosystem taxonomy (issue 3) in the database. The shipped, versioned data
-- (src/features/taxonomy/taxonomy-v1.json) is synced into taxonomy_domains and taxonomy_concepts at
-- every start, like the theme catalogue; what administrators add from the UI lives in
-- concept_synonyms and survives those syncs.

CREATE TABLE taxonomy_domains (
  key         text PRIMARY KEY,
  labels      jsonb NOT NULL,              -- { de, ro, en, hu }
  sort_order  integer NOT NULL DEFAULT 0
);

CREATE TABLE taxonomy_concepts (
  key               text PRIMARY KEY,
  domain            text NOT NULL REFERENCES taxonomy_domains(key),
  labels            jsonb NOT NULL,        -- { de, ro, en, hu }
  definitions       jsonb NOT NULL,        -- { de, ro, en, hu }
  synonyms          jsonb NOT NULL,        -- { de: [...], ro: [...], en: [...], hu: [...] } from the shipped data
  sdgs              smallint[] NOT NULL DEFAULT '{}',
  taxonomy_version  integer NOT NULL,      -- the data version that last wrote the row
  sort_order        integer NOT NULL DEFAULT 0
);

-- Synonyms added by administrators. term_folded (lower case, diacritics removed) keeps one entry per
-- spelling, whatever its accents or case.
CREATE TABLE concept_synonyms (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  concept_key  text NOT NULL REFERENCES taxonomy_concepts(key) ON DELETE CASCADE,
  lang         text NOT NULL CHECK (lang IN ('de', 'ro', 'en', 'hu')),
  term         text NOT NULL CHECK (length(term) BETWEEN 2 AND 100),
  term_folded  text NOT NULL,
  created_by   uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (concept_key, lang, term_folded)
);

-- One row, bumped in the same transaction as every change to concept_synonyms: each server process
-- compares it with the revision its concept tagger was built from, so a synonym added through one
-- process is used by all of them without any shared memory.
CREATE TABLE taxonomy_revision (
  id        boolean PRIMARY KEY DEFAULT true CHECK (id),
  revision  bigint NOT NULL DEFAULT 0
);
INSERT INTO taxonomy_revision (id, revision) VALUES (true, 0);

-- Concepts an editor confirmed (proposed by the tagger, or chosen by hand): taxonomy concept keys.
ALTER TABLE organisations ADD COLUMN concepts text[] NOT NULL DEFAULT '{}';
ALTER TABLE organisation_items ADD COLUMN concepts text[] NOT NULL DEFAULT '{}';
