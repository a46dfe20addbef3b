-- Why a mail could not be delivered, as a stable code ("recipient-refused", "authentication"...),
-- so that the outbox says it in the administrator's language; the SMTP server's own words stay in
-- last_error for the details. Rows from before have no code: the page says "other" and shows them.
ALTER TABLE mail_outbox ADD COLUMN last_error_code text;
