-- Pontis foundation: cities, partnerships, agreements, organisations, people, users, audit.
-- Written for PostgreSQL 15 and later; PGlite (PostgreSQL 18 in WebAssembly) runs the same file.

CREATE TABLE themes (
  key         text PRIMARY KEY,
  labels      jsonb NOT NULL,            -- { "de": "...", "ro": "...", "en": "...", "hu": "..." }
  sort_order  integer NOT NULL DEFAULT 0
);

CREATE TABLE cities (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key             text NOT NULL UNIQUE,
  name            text NOT NULL,
  name_normalized text NOT NULL,          -- lower case, diacritics folded: the lookup key
  country         char(2) NOT NULL,
  latitude        double precision,
  longitude       double precision,
  population      integer CHECK (population >= 0),
  time_zone       text,
  office_name     text,
  office_address  text,
  office_email    text,
  office_phone    text,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      uuid
);
CREATE INDEX cities_name_normalized_idx ON cities (name_normalized);

CREATE TABLE city_aliases (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  city_id     uuid NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
  name        text NOT NULL,
  lang        text,
  normalized  text NOT NULL,              -- lower case, diacritics folded: the lookup key
  UNIQUE (city_id, normalized)
);
CREATE INDEX city_aliases_normalized_idx ON city_aliases (normalized);

CREATE TABLE organisations (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key          text NOT NULL UNIQUE,
  name         text NOT NULL,
  kind         text NOT NULL,
  city_id      uuid NOT NULL REFERENCES cities(id),
  website      text,
  languages    text[] NOT NULL DEFAULT '{}',
  description  jsonb NOT NULL DEFAULT '[]',   -- [{ "lang": "de", "text": "..." }]
  themes       text[] NOT NULL DEFAULT '{}',
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   uuid
);
CREATE INDEX organisations_city_idx ON organisations (city_id);

-- What an organisation offers or seeks; carried in full by the interchange format.
CREATE TABLE organisation_items (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  direction        text NOT NULL CHECK (direction IN ('offer', 'request')),
  position         integer NOT NULL,
  category         text,
  lang             text,
  title            text,
  text             text NOT NULL,
  themes           text[] NOT NULL DEFAULT '{}',
  valid_until      date
);
CREATE INDEX organisation_items_org_idx ON organisation_items (organisation_id, direction, position);

CREATE TABLE users (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email            text NOT NULL UNIQUE,
  display_name     text NOT NULL,
  password_hash    text,
  role             text NOT NULL CHECK (role IN ('admin', 'coordinator', 'org-editor', 'member')),
  city_id          uuid REFERENCES cities(id),
  organisation_id  uuid REFERENCES organisations(id),
  locale           text,
  disabled_at      timestamptz,
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (role <> 'coordinator' OR city_id IS NOT NULL),
  CHECK (role <> 'org-editor' OR organisation_id IS NOT NULL)
);

CREATE TABLE people (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  city_id              uuid NOT NULL REFERENCES cities(id),
  organisation_id      uuid REFERENCES organisations(id) ON DELETE SET NULL,
  name                 text NOT NULL,
  role_title           text,
  email                text,
  phone                text,
  languages            text[] NOT NULL DEFAULT '{}',
  visible_to_partners  boolean NOT NULL DEFAULT false,
  visible_to_public    boolean NOT NULL DEFAULT false,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  updated_by           uuid
);
CREATE INDEX people_city_idx ON people (city_id);
CREATE INDEX people_organisation_idx ON people (organisation_id);

CREATE TABLE partnerships (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key          text NOT NULL UNIQUE,
  name         text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('twinning', 'friendship', 'contact', 'project-partnership', 'network')),
  status       text NOT NULL CHECK (status IN ('proposed', 'agreement-signed', 'active', 'dormant', 'ended')),
  since        date,
  description  jsonb NOT NULL DEFAULT '[]',
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   uuid
);

CREATE TABLE partnership_cities (
  partnership_id  uuid NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
  city_id         uuid NOT NULL REFERENCES cities(id),
  position        integer NOT NULL DEFAULT 0,
  PRIMARY KEY (partnership_id, city_id)
);
CREATE INDEX partnership_cities_city_idx ON partnership_cities (city_id);

CREATE TABLE partnership_themes (
  partnership_id  uuid NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
  theme_key       text NOT NULL REFERENCES themes(key),
  position        integer NOT NULL DEFAULT 0,
  PRIMARY KEY (partnership_id, theme_key)
);

CREATE TABLE timeline_events (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  partnership_id  uuid NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
  occurred_on     date NOT NULL,
  kind            text NOT NULL,
  title           text NOT NULL,
  description     text,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      uuid
);
CREATE INDEX timeline_events_partnership_idx ON timeline_events (partnership_id, occurred_on DESC);

CREATE TABLE agreements (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  partnership_id  uuid NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
  kind            text NOT NULL CHECK (kind IN ('letter-of-intent', 'memorandum', 'cooperation-agreement')),
  title           text NOT NULL,
  signed_on       date,
  mode            text CHECK (mode IN ('in-person', 'video-conference', 'written')),
  place           text,
  summary         text,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      uuid
);
CREATE INDEX agreements_partnership_idx ON agreements (partnership_id);

-- Signatories and facilitators of an agreement, in the order they are listed.
CREATE TABLE agreement_parties (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id  uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  role          text NOT NULL CHECK (role IN ('signatory', 'facilitator')),
  person_name   text NOT NULL,
  office        text,
  city_id       uuid REFERENCES cities(id),
  organisation  text,
  position      integer NOT NULL DEFAULT 0
);
CREATE INDEX agreement_parties_agreement_idx ON agreement_parties (agreement_id, position);

-- Attached documents live in the database so that every server process sees them.
CREATE TABLE agreement_documents (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id  uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  file_name     text NOT NULL,
  content_type  text NOT NULL,
  size_bytes    integer NOT NULL,
  sha256        text NOT NULL,
  content       bytea NOT NULL,
  uploaded_by   uuid REFERENCES users(id),
  uploaded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agreement_documents_agreement_idx ON agreement_documents (agreement_id);

CREATE TABLE sessions (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash    text NOT NULL UNIQUE,
  csrf_token    text NOT NULL,
  user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  user_agent    text,
  ip            text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name          text NOT NULL,
  token_hash    text NOT NULL UNIQUE,
  token_prefix  text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_used_at  timestamptz,
  expires_at    timestamptz,
  revoked_at    timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

CREATE TABLE invitations (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email            text NOT NULL,
  role             text NOT NULL CHECK (role IN ('admin', 'coordinator', 'org-editor', 'member')),
  city_id          uuid REFERENCES cities(id),
  organisation_id  uuid REFERENCES organisations(id),
  token_hash       text NOT NULL UNIQUE,
  invited_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz NOT NULL,
  accepted_at      timestamptz,
  accepted_user_id uuid REFERENCES users(id),
  revoked_at       timestamptz
);

CREATE TABLE password_resets (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash  text NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);

-- Fixed-window counters shared by every server process (sign-in, password reset, invitations).
CREATE TABLE rate_limit_hits (
  bucket        text NOT NULL,
  window_start  timestamptz NOT NULL,
  hits          integer NOT NULL DEFAULT 0,
  PRIMARY KEY (bucket, window_start)
);

-- Every mail goes through the outbox; a worker claims rows with SKIP LOCKED and sends them.
-- Without SMTP configured they stay here with status 'held', visible to admins.
CREATE TABLE mail_outbox (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  to_address    text NOT NULL,
  subject       text NOT NULL,
  text_body     text NOT NULL,
  purpose       text NOT NULL,
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'held')),
  attempts      integer NOT NULL DEFAULT 0,
  last_error    text,
  locked_until  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  sent_at       timestamptz
);
CREATE INDEX mail_outbox_status_idx ON mail_outbox (status, created_at);

CREATE TABLE audit_events (
  id             bigserial PRIMARY KEY,
  at             timestamptz NOT NULL DEFAULT now(),
  actor_user_id  uuid,
  actor_label    text NOT NULL,
  entity_type    text NOT NULL,
  entity_id      uuid NOT NULL,
  action         text NOT NULL,
  before         jsonb,
  after          jsonb
);
CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, at DESC);
