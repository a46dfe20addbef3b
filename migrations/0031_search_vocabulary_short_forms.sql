-- Search vocabulary (issue 14, search-vocabulary.ts): short and further forms of the kinds ("Uni",
-- "FH", "research centre", "Kulturhaus"), specialist medical centres as hospitals, sports clubs by
-- their name's abbreviation, music theatres. Stored vectors predate them: moving the taxonomy
-- revision makes the retagging job rebuild the index in the background (as 0030 did).
UPDATE taxonomy_revision SET revision = revision + 1 WHERE EXISTS (SELECT 1 FROM search_documents);
