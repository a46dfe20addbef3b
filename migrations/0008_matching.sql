-- Matching (issue 4): feedback on partner suggestions, for the quality report.
-- Suggestions themselves are computed on request from search_documents (no table): candidates
-- come through the GIN index on search_documents.concepts (0002) and the city index.

-- One opinion per user, reader organisation and suggested organisation; giving it again replaces
-- it (it is the user's own record, nobody else edits it).
CREATE TABLE match_feedback (
  id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Whose suggestions they were, and what was suggested.
  organisation_id            uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  suggested_organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  -- The offer or request the suggestion was for, when it came from the item view.
  item_id                    uuid REFERENCES organisation_items(id) ON DELETE SET NULL,
  user_id                    uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  useful                     boolean NOT NULL,
  reason                     text CHECK (reason IN ('good-fit', 'wrong-topic', 'wrong-kind', 'already-known', 'no-common-language', 'not-active', 'other')),
  comment                    text CHECK (length(comment) <= 1000),
  -- The score shown when the feedback was given (to see whether high scores are the useful ones).
  score                      real,
  created_at                 timestamptz NOT NULL DEFAULT now(),
  updated_at                 timestamptz NOT NULL DEFAULT now(),
  CHECK (organisation_id <> suggested_organisation_id),
  CHECK (useful OR reason IS NOT NULL),
  UNIQUE (user_id, organisation_id, suggested_organisation_id)
);
CREATE INDEX match_feedback_organisation_idx ON match_feedback (organisation_id);
CREATE INDEX match_feedback_pair_idx ON match_feedback (organisation_id, suggested_organisation_id);

-- Candidate retrieval (src/features/matching/match-candidates.ts) reads the language-independent
-- fields of every current document in the partner cities, and kind, languages and freshness of
-- their organisations. These covering indexes let both engines answer it with index-only scans,
-- never touching the wide search_documents rows (text vectors, bodies).
CREATE INDEX search_documents_match_idx ON search_documents (city_id, organisation_id)
  INCLUDE (entity_type, entity_id, category, lang, valid_until, concepts)
  WHERE entity_type IN ('organisation', 'offer', 'request');
CREATE INDEX organisations_match_idx ON organisations (city_id) INCLUDE (id, kind, languages, updated_at);
