-- Who carries out an import or sync run, and until when it is known to be alive. The process
-- renews alive_until while the run goes on; a run still marked running whose lease has expired
-- (or whose process is gone from this host) belonged to a process that was killed or crashed,
-- and reads as interrupted instead of running forever (src/features/calls/import-run-lease.ts).
-- Winning a sync claim stores that outcome for the URL's orphaned runs.
ALTER TABLE call_imports ADD COLUMN runner text;
ALTER TABLE call_imports ADD COLUMN alive_until timestamptz;
ALTER TABLE call_imports DROP CONSTRAINT call_imports_outcome_check;
ALTER TABLE call_imports ADD CONSTRAINT call_imports_outcome_check
  CHECK (outcome IN ('queued', 'running', 'done', 'not-modified', 'failed', 'offline', 'interrupted'));
