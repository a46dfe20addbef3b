-- Where an audit entry comes from, so that the history names a real author: a user, the demo
-- data, an import of a file (actor_source_detail holds the file name, when known), the command
-- line (the command) or the system. Entries written before this migration have no source; it is
-- derived from their actor_label when the history is read (src/features/audit/audit-author.ts).
ALTER TABLE audit_events ADD COLUMN actor_source text;
ALTER TABLE audit_events ADD COLUMN actor_source_detail text;
ALTER TABLE audit_events ADD CONSTRAINT audit_events_actor_source_check
  CHECK (actor_source IS NULL OR actor_source IN ('user', 'demo', 'import', 'command-line', 'system'));
