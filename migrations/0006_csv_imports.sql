-- CSV imports of organisations run as background jobs: the uploaded file is kept here (not on a
-- server's disk), so whichever server process claims the job (FOR UPDATE SKIP LOCKED) can read it.
-- The file is dropped once its import has been written; the report stays.
CREATE TABLE csv_imports (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  city_id         uuid NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
  created_by      uuid REFERENCES users(id) ON DELETE SET NULL,
  file_name       text NOT NULL,
  file_size       integer NOT NULL,
  file            bytea,
  delimiter       text NOT NULL,
  headers         jsonb NOT NULL DEFAULT '[]',
  mapping         jsonb NOT NULL DEFAULT '{}',
  -- validate: a dry run that only reports; import: write (all or nothing unless skip_invalid).
  mode            text CHECK (mode IN ('validate', 'import')),
  skip_invalid    boolean NOT NULL DEFAULT false,
  state           text NOT NULL DEFAULT 'uploaded'
                  CHECK (state IN ('uploaded', 'queued', 'running', 'done', 'failed')),
  outcome         text CHECK (outcome IN ('imported', 'validated', 'rejected')),
  phase           text CHECK (phase IN ('validate', 'write')),
  bytes_done      bigint NOT NULL DEFAULT 0,
  rows_done       integer NOT NULL DEFAULT 0,
  rows_total      integer,
  -- The validation report: counts and the first problems (bounded), and the write counts.
  report          jsonb,
  counts          jsonb,
  error           text,
  attempts        integer NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  started_at      timestamptz,
  finished_at     timestamptz
);
CREATE INDEX csv_imports_due_idx ON csv_imports (created_at) WHERE state IN ('queued', 'running');
CREATE INDEX csv_imports_city_idx ON csv_imports (city_id, created_at DESC);
