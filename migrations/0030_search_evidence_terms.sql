-- Evidence terms (issue 14): language-independent keys of the words of each organisation, offer
-- and request (cognate stems such as ~paliat, codes such as #lorawan; tagging/evidence-terms.ts),
-- so that matching finds candidates, and scores pairs, where the taxonomy has no concept.
ALTER TABLE search_documents ADD COLUMN terms text[] NOT NULL DEFAULT '{}';
CREATE INDEX search_documents_terms_idx ON search_documents USING gin (terms)
  WHERE entity_type IN ('organisation', 'offer', 'request');

-- Candidate retrieval reads the terms of the hits' documents with the concepts: the covering
-- index (0008) carries them too, so it stays an index-only scan.
DROP INDEX search_documents_match_idx;
CREATE INDEX search_documents_match_idx ON search_documents (city_id, organisation_id)
  INCLUDE (entity_type, entity_id, category, lang, valid_until, concepts, terms)
  WHERE entity_type IN ('organisation', 'offer', 'request');

-- Stored documents have no terms yet, and their vectors predate the words of themes and kinds
-- (search-index.ts): moving the taxonomy revision makes the retagging job rebuild the index in
-- the background, in batches, by whichever server process claims it.
UPDATE taxonomy_revision SET revision = revision + 1 WHERE EXISTS (SELECT 1 FROM search_documents);
