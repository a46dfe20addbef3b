-- Agreements, their parties' roles (office) and timeline events hold text per language, like
-- organisation descriptions: a JSON array of { lang, text } (shared/locales.ts LocalisedText),
-- and the record names the language it was written in (original_lang).
--
-- Existing rows: their one text becomes the text in the original language. No column stored
-- that language, and the project's language estimation (tagging/detect-language.ts) is
-- TypeScript, which a SQL migration cannot call. So the texts move over without "lang" (the
-- shape organisation descriptions use for "language not known") and original_lang stays NULL;
-- the read side (shared/localised-texts.ts) estimates one language per record from all its
-- texts together, falling back to English when the evidence is too thin, and the next edit
-- stores the language for good. Nothing is guessed here that a later reader could not redo.
ALTER TABLE agreements ADD COLUMN original_lang text CHECK (original_lang IN ('de', 'ro', 'en', 'hu'));
ALTER TABLE agreements ALTER COLUMN title TYPE jsonb USING jsonb_build_array(jsonb_build_object('text', title));
ALTER TABLE agreements ALTER COLUMN summary TYPE jsonb
  USING CASE WHEN summary IS NULL OR btrim(summary) = '' THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('text', summary)) END;
ALTER TABLE agreements ALTER COLUMN summary SET DEFAULT '[]'::jsonb;
ALTER TABLE agreements ALTER COLUMN summary SET NOT NULL;

-- A party's office (its role in the signing: "Lord Mayor of Dortmund") is written in the
-- agreement's original language.
ALTER TABLE agreement_parties ALTER COLUMN office TYPE jsonb
  USING CASE WHEN office IS NULL OR btrim(office) = '' THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('text', office)) END;
ALTER TABLE agreement_parties ALTER COLUMN office SET DEFAULT '[]'::jsonb;
ALTER TABLE agreement_parties ALTER COLUMN office SET NOT NULL;

ALTER TABLE timeline_events ADD COLUMN original_lang text CHECK (original_lang IN ('de', 'ro', 'en', 'hu'));
ALTER TABLE timeline_events ALTER COLUMN title TYPE jsonb USING jsonb_build_array(jsonb_build_object('text', title));
ALTER TABLE timeline_events ALTER COLUMN description TYPE jsonb
  USING CASE WHEN description IS NULL OR btrim(description) = '' THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('text', description)) END;
ALTER TABLE timeline_events ALTER COLUMN description SET DEFAULT '[]'::jsonb;
ALTER TABLE timeline_events ALTER COLUMN description SET NOT NULL;
