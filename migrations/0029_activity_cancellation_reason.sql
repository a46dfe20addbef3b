-- Why an activity was called off, per language like its other texts: shown in the cancelled
-- banner of its page, beside the cancellation mails that quote it.
ALTER TABLE activities ADD COLUMN cancellation_reason jsonb NOT NULL DEFAULT '[]'::jsonb;
