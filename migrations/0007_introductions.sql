-- Introductions between organisations of partner cities (double opt-in, partner-blind until both
-- sides have accepted), their follow-up ladder and per-user read marks for the in-app inbox.
-- "Open" means status 'pending'. A pair with an introduction in pending/accepted/declined is left
-- out of matching suggestions.
CREATE TABLE introductions (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The asking side ("from") and the side asked ("to"); for a brokered introduction the
  -- coordinator chose the order, and both sides must accept.
  from_organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  to_organisation_id    uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  -- The offer or request the introduction is about (optional).
  item_id               uuid REFERENCES organisation_items(id) ON DELETE SET NULL,
  status                text NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
  -- The follow-up ladder; set to 'introduced' when both sides have accepted.
  stage                 text CHECK (stage IN ('introduced', 'met', 'collaborating', 'joint-project')),
  -- The asker's (or broker's) short message; it reaches the other side without personal data.
  message               text NOT NULL,
  requested_by          uuid REFERENCES users(id) ON DELETE SET NULL,
  -- The coordinator who brokered it; null when a member of the "from" organisation asked.
  brokered_by           uuid REFERENCES users(id) ON DELETE SET NULL,
  from_accepted_at      timestamptz,
  from_accepted_by      uuid REFERENCES users(id) ON DELETE SET NULL,
  to_accepted_at        timestamptz,
  to_accepted_by        uuid REFERENCES users(id) ON DELETE SET NULL,
  declined_at           timestamptz,
  declined_by           uuid REFERENCES users(id) ON DELETE SET NULL,
  declined_side         text CHECK (declined_side IN ('from', 'to')),
  declined_reason       text,
  withdrawn_at          timestamptz,
  withdrawn_by          uuid REFERENCES users(id) ON DELETE SET NULL,
  -- Dates of the ladder's steps (calendar days, as the sides report them).
  introduced_on         date,
  met_on                date,
  collaborating_on      date,
  joint_project_on      date,
  -- Reminders for unanswered requests: claimed with FOR UPDATE SKIP LOCKED by the reminder job.
  reminder_count        integer NOT NULL DEFAULT 0,
  reminded_at           timestamptz,
  version               integer NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  updated_by            uuid,
  CHECK (from_organisation_id <> to_organisation_id)
);

-- One live introduction per unordered pair: no second request while one is pending or accepted.
CREATE UNIQUE INDEX introductions_live_pair_idx
  ON introductions (LEAST(from_organisation_id, to_organisation_id), GREATEST(from_organisation_id, to_organisation_id))
  WHERE status IN ('pending', 'accepted');
CREATE INDEX introductions_from_idx ON introductions (from_organisation_id, status);
CREATE INDEX introductions_to_idx ON introductions (to_organisation_id, status);
CREATE INDEX introductions_pending_idx ON introductions (created_at) WHERE status = 'pending';

-- When a user last looked at an introduction: it is unread for them while updated_at is later.
CREATE TABLE introduction_reads (
  introduction_id  uuid NOT NULL REFERENCES introductions(id) ON DELETE CASCADE,
  user_id          uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  read_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (introduction_id, user_id)
);
