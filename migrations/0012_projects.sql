-- Joint projects of a partnership: the pipeline from idea to completion, the linked EU call and
-- the consortium of organisations from the partner cities (roles, budget, own contribution).
CREATE TABLE projects (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  partnership_id      uuid NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
  title               text NOT NULL,
  acronym             text,
  summary             text NOT NULL DEFAULT '',
  stage               text NOT NULL DEFAULT 'idea' CHECK (stage IN
                        ('idea', 'consortium', 'drafting', 'submitted', 'funded', 'rejected', 'running', 'completed')),
  -- The call it answers (optional) and the deadline (cut-off) the consortium aims for.
  call_id             uuid REFERENCES funding_calls(id) ON DELETE SET NULL,
  call_deadline_at    timestamptz,
  concepts            text[] NOT NULL DEFAULT '{}',
  themes              text[] NOT NULL DEFAULT '{}',
  -- Planned or actual duration.
  starts_on           date,
  ends_on             date,
  -- The total the consortium asks for and the grant awarded (EUR, cents avoided: numeric).
  requested_amount    numeric(14, 2),
  awarded_amount      numeric(14, 2),
  stage_changed_at    timestamptz NOT NULL DEFAULT now(),
  created_by          uuid REFERENCES users(id) ON DELETE SET NULL,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  updated_by          uuid
);
CREATE INDEX projects_partnership_idx ON projects (partnership_id, stage);
CREATE INDEX projects_call_idx ON projects (call_id);

-- The consortium: one row per organisation; exactly one coordinator once there is one.
CREATE TABLE project_partners (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id          uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  organisation_id     uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  role                text NOT NULL CHECK (role IN ('coordinator', 'partner', 'associated')),
  -- EU contribution budgeted for this partner, and what it brings itself (EUR).
  budget              numeric(14, 2) NOT NULL DEFAULT 0 CHECK (budget >= 0),
  own_contribution    numeric(14, 2) NOT NULL DEFAULT 0 CHECK (own_contribution >= 0),
  note                text,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  updated_by          uuid,
  UNIQUE (project_id, organisation_id)
);
CREATE UNIQUE INDEX project_partners_one_coordinator_idx ON project_partners (project_id) WHERE role = 'coordinator';
CREATE INDEX project_partners_organisation_idx ON project_partners (organisation_id);

-- Every stage change, with its date: the project's history on its timeline and the partnership's.
CREATE TABLE project_stage_events (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id    uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  from_stage    text,
  to_stage      text NOT NULL,
  occurred_on   date NOT NULL,
  note          text,
  actor_id      uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_stage_events_project_idx ON project_stage_events (project_id, occurred_on);
