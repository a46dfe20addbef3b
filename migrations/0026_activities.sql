-- Exchange activities of a partnership (issue 13): delegation visits, study visits, workshops,
-- webinars... with their agenda, organising organisations, participants, attendance per day,
-- and what came of them (outcomes, minutes, who met whom). Texts partners read are held per
-- language, like agreements (a JSON array of { lang, text }, original language named).
CREATE TABLE activities (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The interchange key (idempotent imports; `pontis activities report KEY`).
  key                     text NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
  partnership_id          uuid NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
  kind                    text NOT NULL CHECK (kind IN ('delegation-visit', 'study-visit', 'expert-exchange', 'workshop', 'conference',
                            'webinar', 'youth-exchange', 'cultural-event', 'job-shadowing', 'online-meeting')),
  -- planned: announced; cancelled: called off (kept, mailed, its calendar entry cancelled).
  status                  text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
  title                   jsonb NOT NULL,
  description             jsonb NOT NULL DEFAULT '[]'::jsonb,
  original_lang           text CHECK (original_lang IN ('de', 'ro', 'en', 'hu')),
  -- NULL: online. Times are instants; time_zone is the host city's zone (or the organisers'
  -- choice online) in which the activity's local times are shown and entered.
  host_city_id            uuid REFERENCES cities(id) ON DELETE SET NULL,
  time_zone               text NOT NULL,
  starts_at               timestamptz NOT NULL,
  ends_at                 timestamptz NOT NULL,
  venue                   text,
  online_url              text,
  -- Languages spoken (ISO 639-1; the signature sheet is printed in the interface languages among them).
  languages               text[] NOT NULL DEFAULT '{}',
  themes                  text[] NOT NULL DEFAULT '{}',
  concepts                text[] NOT NULL DEFAULT '{}',
  project_id              uuid REFERENCES projects(id) ON DELETE SET NULL,
  -- → programme_measures(id): the foreign key is added by 0027 with that table.
  measure_id              uuid,
  -- Public activities appear on the partnership's public page and feeds; others only to its cities' users.
  is_public               boolean NOT NULL DEFAULT true,
  -- Self-registration: NULL capacity = unlimited; past the deadline only organisers add people.
  registration_open       boolean NOT NULL DEFAULT true,
  capacity                integer CHECK (capacity IS NULL OR capacity > 0),
  registration_deadline   timestamptz,
  -- Stated needs are deleted this many days after the activity ends (needs_erased_at says when it ran).
  needs_retention_days    integer NOT NULL DEFAULT 30 CHECK (needs_retention_days BETWEEN 0 AND 365),
  needs_erased_at         timestamptz,
  -- Follow-up, written by the organisers after the activity.
  outcomes                jsonb NOT NULL DEFAULT '[]'::jsonb,
  minutes                 jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- iCalendar SEQUENCE: raised on every change attendees should see (time, place, cancellation).
  ical_sequence           integer NOT NULL DEFAULT 0,
  created_by              uuid REFERENCES users(id) ON DELETE SET NULL,
  version                 integer NOT NULL DEFAULT 1,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  updated_by              uuid,
  CHECK (ends_at >= starts_at)
);
CREATE INDEX activities_partnership_idx ON activities (partnership_id, starts_at);
CREATE INDEX activities_needs_due_idx ON activities (ends_at) WHERE needs_erased_at IS NULL;

-- The organisations that organise an activity (any city).
CREATE TABLE activity_organisers (
  activity_id      uuid NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  position         integer NOT NULL DEFAULT 0,
  PRIMARY KEY (activity_id, organisation_id)
);
CREATE INDEX activity_organisers_organisation_idx ON activity_organisers (organisation_id);

-- The agenda: items with their times, speakers and language.
CREATE TABLE activity_agenda_items (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id   uuid NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  position      integer NOT NULL DEFAULT 0,
  starts_at     timestamptz NOT NULL,
  ends_at       timestamptz,
  title         jsonb NOT NULL,
  speakers      text,
  language      text,
  CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX activity_agenda_items_activity_idx ON activity_agenda_items (activity_id, position);

-- Participants: a delegation added by coordinators (source 'delegation') or members who
-- registered themselves (source 'self', user_id set). Status 'waiting' is the waiting list, in
-- order of registered_at; 'cancelled' rows are kept so a place freed is seen in the history.
-- Needs are stated by choice, seen only by the organisers, and erased after the activity.
CREATE TABLE activity_participants (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id            uuid NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  user_id                uuid REFERENCES users(id) ON DELETE SET NULL,
  source                 text NOT NULL CHECK (source IN ('delegation', 'self', 'import')),
  display_name           text NOT NULL,
  email                  text,
  organisation_id        uuid REFERENCES organisations(id) ON DELETE SET NULL,
  -- When the organisation is not in the registry, its name and kind as given.
  organisation_name      text,
  organisation_kind      text,
  city_id                uuid REFERENCES cities(id) ON DELETE SET NULL,
  city_name              text,
  country                char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  role                   text NOT NULL DEFAULT 'participant' CHECK (role IN ('delegate', 'speaker', 'participant', 'organiser')),
  status                 text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'waiting', 'cancelled')),
  -- The language mails and the invitation are written in.
  language               text NOT NULL DEFAULT 'en' CHECK (language IN ('de', 'ro', 'en', 'hu')),
  -- Only where the participant chose to state it (funder statistics by gender).
  gender                 text CHECK (gender IN ('female', 'male', 'non-binary', 'other')),
  needs_interpretation   text,
  needs_accessibility    text,
  needs_diet             text,
  -- Consent to be named to other signed-in readers of the activity (organisers always see everyone).
  listed                 boolean NOT NULL DEFAULT false,
  registered_at          timestamptz NOT NULL DEFAULT now(),
  cancelled_at           timestamptz,
  added_by               uuid REFERENCES users(id) ON DELETE SET NULL,
  version                integer NOT NULL DEFAULT 1,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  updated_by             uuid
);
CREATE INDEX activity_participants_activity_idx ON activity_participants (activity_id, status, registered_at);
CREATE UNIQUE INDEX activity_participants_user_idx ON activity_participants (activity_id, user_id) WHERE user_id IS NOT NULL AND status <> 'cancelled';
CREATE UNIQUE INDEX activity_participants_email_idx ON activity_participants (activity_id, lower(email)) WHERE email IS NOT NULL AND status <> 'cancelled';
CREATE INDEX activity_participants_user_lookup_idx ON activity_participants (user_id) WHERE user_id IS NOT NULL;

-- Attendance confirmed per day (the activity's local calendar day), e.g. from the signed sheet.
CREATE TABLE activity_attendance (
  participant_id  uuid NOT NULL REFERENCES activity_participants(id) ON DELETE CASCADE,
  day             date NOT NULL,
  confirmed_by    uuid REFERENCES users(id) ON DELETE SET NULL,
  confirmed_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (participant_id, day)
);

-- Who met whom: pairs of participating organisations of the partnership's cities that the
-- organisers recorded; each becomes (or joins) an introduction at the stage 'met'.
CREATE TABLE activity_encounters (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  activity_id        uuid NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
  organisation_a_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  organisation_b_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  introduction_id    uuid REFERENCES introductions(id) ON DELETE SET NULL,
  recorded_by        uuid REFERENCES users(id) ON DELETE SET NULL,
  recorded_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (organisation_a_id < organisation_b_id),
  UNIQUE (activity_id, organisation_a_id, organisation_b_id)
);
