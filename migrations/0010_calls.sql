-- EU funding calls: topics and tenders of the EU Funding & Tenders Portal, imported from the
-- portal's reference file (grantsTenders.json) or pages of its search API, upserted by identifier.
-- The portal's own status goes stale, so the effective status is computed from the dates at read
-- time (src/features/calls/call-status.ts and its SQL twin in call-status-sql.ts).
CREATE TABLE funding_calls (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The topic identifier (grants) or the tender reference: the portal's key, unique.
  identifier         text NOT NULL UNIQUE,
  kind               text NOT NULL CHECK (kind IN ('grant', 'tender')),
  title              text NOT NULL,
  call_identifier    text,
  call_title         text,
  -- frameworkProgramme: abbreviation (e.g. HORIZON, CERV, LIFE, DIGITAL, INTERREG) and description.
  programme_code     text,
  programme_name     text,
  -- The status the portal gave (forthcoming, open, closed), kept only as a fallback for calls without dates.
  portal_status      text CHECK (portal_status IN ('forthcoming', 'open', 'closed')),
  -- single-stage, two-stage, multiple cut-off (as the portal names them), or null.
  deadline_model     text,
  opening_at         timestamptz,
  -- Every deadline (cut-offs and stages), ascending, without duplicates; the next one is the
  -- smallest not yet past. deadlines keeps the same instants with their stage or action label.
  deadline_ats       timestamptz[] NOT NULL DEFAULT '{}',
  deadlines          jsonb NOT NULL DEFAULT '[]',
  last_deadline_at   timestamptz,
  tags               text[] NOT NULL DEFAULT '{}',
  keywords           text[] NOT NULL DEFAULT '{}',
  -- Plain text for reading and tagging: the topic description or the latest information, no HTML.
  summary            text NOT NULL DEFAULT '',
  -- Latest information items from the portal: [{ at, text }], text converted from HTML.
  latest_infos       jsonb NOT NULL DEFAULT '[]',
  -- Budget overview when the source has one (search API): [{ action, year, amount, currency }].
  budget             jsonb,
  -- Taxonomy concepts tagged from title, tags, keywords and summary at import.
  concepts           text[] NOT NULL DEFAULT '{}',
  url                text,
  -- Where the current content came from: 'reference-file', 'search-api' or 'demo'.
  source             text NOT NULL,
  -- Hash of the normalised content: an import that brings the same content changes nothing.
  content_hash       text NOT NULL,
  first_seen_at      timestamptz NOT NULL DEFAULT now(),
  changed_at         timestamptz NOT NULL DEFAULT now(),
  seen_at            timestamptz NOT NULL DEFAULT now(),
  search_vector      tsvector
);
CREATE INDEX funding_calls_last_deadline_idx ON funding_calls (last_deadline_at);
CREATE INDEX funding_calls_programme_idx ON funding_calls (programme_code);
CREATE INDEX funding_calls_concepts_idx ON funding_calls USING gin (concepts);
CREATE INDEX funding_calls_search_idx ON funding_calls USING gin (search_vector);

-- One row per import or sync run: what it brought.
CREATE TABLE call_imports (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  source        text NOT NULL,            -- 'reference-file', 'search-api', 'sync'
  origin        text,                     -- file name or URL
  started_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz,
  outcome       text NOT NULL DEFAULT 'running' CHECK (outcome IN ('running', 'done', 'not-modified', 'failed', 'offline')),
  records       integer NOT NULL DEFAULT 0,
  added         integer NOT NULL DEFAULT 0,
  changed       integer NOT NULL DEFAULT 0,
  unchanged     integer NOT NULL DEFAULT 0,
  -- Calls that were open (by their dates or the portal's status) before and are closed now.
  closed        integer NOT NULL DEFAULT 0,
  skipped       integer NOT NULL DEFAULT 0,
  message       text,
  started_by    uuid REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX call_imports_started_idx ON call_imports (started_at DESC);

-- The state of the daily download of the reference file, one row per URL: the ETag for the
-- conditional GET, and the claim that keeps several server processes from syncing at once.
CREATE TABLE call_sync_state (
  url               text PRIMARY KEY,
  etag              text,
  last_modified     text,
  last_checked_at   timestamptz,
  last_success_at   timestamptz,
  last_outcome      text,
  last_message      text,
  claimed_until     timestamptz
);
