-- A run's message as a stable code and its parameters, so that the calls data page words it in
-- the reader's language ("calls.source-unreachable" {host, reason, kept}); the English message
-- stays beside it for API clients and logs. Runs logged before have no code: the page shows a
-- generic line in the reader's language with the English text under it.
ALTER TABLE call_imports ADD COLUMN message_code text;
ALTER TABLE call_imports ADD COLUMN message_params jsonb;
