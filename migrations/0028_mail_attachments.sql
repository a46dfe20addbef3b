-- Files sent with a mail (issue 13: the .ics invitation, update or cancellation of an activity).
-- Stored as text with the mail, so that the outbox stays the one place a mail is written to in
-- the sender's transaction; deleted with the mail by the retention clean-up and by erasure.
-- Each element: {"filename": "...", "contentType": "text/calendar; method=REQUEST", "content": "..."}.
ALTER TABLE mail_outbox ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]';
