-- The joint action programme of a partnership (issue 13): one per period, with fields of action
-- (the focus themes), goals and measures; measures carry responsible organisations or offices
-- per city, status, progress, indicators, SDG targets and the activities and projects that carry
-- them out. Progress rolls up measures → goals → fields → programme (action-programmes/progress-roll-up.ts).
CREATE TABLE action_programmes (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key             text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
  partnership_id  uuid NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
  title           jsonb NOT NULL,
  summary         jsonb NOT NULL DEFAULT '[]'::jsonb,
  original_lang   text CHECK (original_lang IN ('de', 'ro', 'en', 'hu')),
  starts_on       date NOT NULL,
  ends_on         date NOT NULL,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      uuid,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX action_programmes_partnership_idx ON action_programmes (partnership_id, starts_on);

-- A field of action: one of the partnership's themes.
CREATE TABLE programme_fields (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_id  uuid NOT NULL REFERENCES action_programmes(id) ON DELETE CASCADE,
  theme_key     text NOT NULL REFERENCES themes(key) ON UPDATE CASCADE,
  description   jsonb NOT NULL DEFAULT '[]'::jsonb,
  position      integer NOT NULL DEFAULT 0,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    uuid,
  UNIQUE (programme_id, theme_key)
);

CREATE TABLE programme_goals (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  field_id      uuid NOT NULL REFERENCES programme_fields(id) ON DELETE CASCADE,
  title         jsonb NOT NULL,
  description   jsonb NOT NULL DEFAULT '[]'::jsonb,
  position      integer NOT NULL DEFAULT 0,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    uuid
);
CREATE INDEX programme_goals_field_idx ON programme_goals (field_id, position);

CREATE TABLE programme_measures (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  goal_id       uuid NOT NULL REFERENCES programme_goals(id) ON DELETE CASCADE,
  -- Unique within the programme (interchange); checked by the service, the programme is two joins away.
  key           text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
  title         jsonb NOT NULL,
  description   jsonb NOT NULL DEFAULT '[]'::jsonb,
  starts_on     date,
  ends_on       date,
  budget        numeric(14, 2) CHECK (budget IS NULL OR budget >= 0),
  status        text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'done', 'dropped')),
  progress      integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  sdg_targets   text[] NOT NULL DEFAULT '{}',
  position      integer NOT NULL DEFAULT 0,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    uuid,
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX programme_measures_goal_idx ON programme_measures (goal_id, position);

-- Who is responsible in each city: an organisation of the registry or an office named in text.
CREATE TABLE measure_responsibles (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id       uuid NOT NULL REFERENCES programme_measures(id) ON DELETE CASCADE,
  city_id          uuid NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
  organisation_id  uuid REFERENCES organisations(id) ON DELETE CASCADE,
  office           text,
  position         integer NOT NULL DEFAULT 0,
  CHECK (organisation_id IS NOT NULL OR office IS NOT NULL)
);
CREATE INDEX measure_responsibles_measure_idx ON measure_responsibles (measure_id, position);

CREATE TABLE measure_indicators (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id  uuid NOT NULL REFERENCES programme_measures(id) ON DELETE CASCADE,
  name        jsonb NOT NULL,
  unit        text NOT NULL DEFAULT '',
  baseline    numeric(16, 2),
  target      numeric(16, 2),
  achieved    numeric(16, 2),
  source      text,
  position    integer NOT NULL DEFAULT 0
);
CREATE INDEX measure_indicators_measure_idx ON measure_indicators (measure_id, position);

-- Joint projects that carry out a measure (activities name their measure themselves).
CREATE TABLE measure_projects (
  measure_id  uuid NOT NULL REFERENCES programme_measures(id) ON DELETE CASCADE,
  project_id  uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  PRIMARY KEY (measure_id, project_id)
);
CREATE INDEX measure_projects_project_idx ON measure_projects (project_id);

ALTER TABLE activities ADD CONSTRAINT activities_measure_fk FOREIGN KEY (measure_id) REFERENCES programme_measures(id) ON DELETE SET NULL;
