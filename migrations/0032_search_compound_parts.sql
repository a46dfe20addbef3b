-- Search (issue 14, search-compounds.ts): the parts of German and Hungarian compounds in every
-- row's vector ("Breitensportverein": sport, verein). Stored vectors predate them: moving the
-- taxonomy revision makes the retagging job rebuild the index in the background (as 0031 did).
UPDATE taxonomy_revision SET revision = revision + 1 WHERE EXISTS (SELECT 1 FROM search_documents);
