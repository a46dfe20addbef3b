-- "Sync now" is queued, not run inside the request: the download and import of the 130 MB
-- file take longer than a proxy waits. A queued run is taken up by whichever server process
-- claims it (calls-sync-job.ts); at most one sync of a URL is queued at a time.
ALTER TABLE call_imports DROP CONSTRAINT call_imports_outcome_check;
ALTER TABLE call_imports ADD CONSTRAINT call_imports_outcome_check
  CHECK (outcome IN ('queued', 'running', 'done', 'not-modified', 'failed', 'offline'));
CREATE UNIQUE INDEX call_imports_one_queued_sync ON call_imports (origin) WHERE source = 'sync' AND outcome = 'queued';
