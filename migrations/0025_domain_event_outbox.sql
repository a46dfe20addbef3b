-- The domain events outbox (issue 12, decision 0018). A writer records what happened in its own
-- transaction. Subscribers that must act in that transaction (history, search index) run at once
-- and leave nothing here; each subscriber that acts after the commit gets one row, which a worker
-- in any server process claims (SKIP LOCKED, claimed_until) and handles once, retrying with
-- backoff when it fails.
CREATE TABLE domain_event_outbox (
  id bigserial PRIMARY KEY,
  subscriber text NOT NULL,
  entity_type text NOT NULL,
  entity_id uuid NOT NULL,
  action text NOT NULL,
  event jsonb NOT NULL,
  actor jsonb NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  available_at timestamptz NOT NULL DEFAULT now(),
  claimed_until timestamptz,
  handled_at timestamptz,
  failed_at timestamptz,
  last_error text
);
CREATE INDEX domain_event_outbox_due ON domain_event_outbox (available_at) WHERE handled_at IS NULL AND failed_at IS NULL;
