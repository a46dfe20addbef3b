-- Synonyms that administrators add or remove, and a new shipped taxonomy (shipped_hash, compared
-- at every start by syncTaxonomy), change what the tagger finds. Stored search
-- documents and calls were tagged with the old synonyms; a background job tags them again
-- (retagging/retag-stored-concepts.ts). applied_revision is the taxonomy revision the stored
-- concepts reflect (0 here: a database whose synonyms already changed is retagged once);
-- retag_claimed_until lets one server process do it at a time.
ALTER TABLE taxonomy_revision ADD COLUMN applied_revision bigint NOT NULL DEFAULT 0;
ALTER TABLE taxonomy_revision ADD COLUMN retag_claimed_until timestamptz;
ALTER TABLE taxonomy_revision ADD COLUMN shipped_hash text;
