-- The work plan of a joint project: work packages, milestones, documents, outcomes and
-- indicators. Owners (lead / owner organisation) must be consortium members; the services check
-- it, because a consortium changes after the plan is written. project_milestones' title, due_on,
-- status and project_id are also read by the partnership iCal feed.
CREATE TABLE project_work_packages (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id            uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  number                integer NOT NULL CHECK (number >= 1),
  title                 text NOT NULL,
  description           text NOT NULL DEFAULT '',
  lead_organisation_id  uuid REFERENCES organisations(id) ON DELETE SET NULL,
  starts_on             date,
  ends_on               date,
  status                text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in-progress', 'done')),
  version               integer NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  updated_by            uuid,
  UNIQUE (project_id, number),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE project_milestones (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id             uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  -- A milestone may belong to no work package (e.g. the kick-off); deleting the package keeps it.
  work_package_id        uuid REFERENCES project_work_packages(id) ON DELETE SET NULL,
  title                  text NOT NULL,
  due_on                 date NOT NULL,
  owner_organisation_id  uuid REFERENCES organisations(id) ON DELETE SET NULL,
  status                 text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done')),
  done_on                date,
  version                integer NOT NULL DEFAULT 1,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  updated_by             uuid,
  CHECK ((status = 'done') = (done_on IS NOT NULL))
);
CREATE INDEX project_milestones_project_idx ON project_milestones (project_id, due_on);
CREATE INDEX project_milestones_work_package_idx ON project_milestones (work_package_id);

-- Documents live in the database like agreement documents, so every server process sees them.
CREATE TABLE project_documents (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id    uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  title         text NOT NULL,
  file_name     text NOT NULL,
  content_type  text NOT NULL,
  size_bytes    integer NOT NULL,
  sha256        text NOT NULL,
  content       bytea NOT NULL,
  uploaded_by   uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX project_documents_project_idx ON project_documents (project_id, created_at);

-- Outcomes and their indicators: where the project starts (baseline), where it aims (target),
-- where it is (achieved). A target below the baseline is an indicator that should go down.
CREATE TABLE project_indicators (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id    uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  outcome       text NOT NULL,
  indicator     text NOT NULL,
  unit          text NOT NULL DEFAULT '',
  baseline      numeric(18, 4) NOT NULL DEFAULT 0,
  target        numeric(18, 4) NOT NULL,
  achieved      numeric(18, 4),
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    uuid
);
CREATE INDEX project_indicators_project_idx ON project_indicators (project_id);
