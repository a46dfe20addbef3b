-- Following EU calls: a user follows a call (optionally on behalf of a partnership, so it shows in
-- that partnership's calendar feed), gets reminder mails before its deadlines, and subscribes to
-- calendar feeds by a secret link.
CREATE TABLE call_follows (
  call_id          uuid NOT NULL REFERENCES funding_calls(id) ON DELETE CASCADE,
  user_id          uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  -- Set when the follow is for a partnership: the call then appears in the partnership's feed.
  partnership_id   uuid REFERENCES partnerships(id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (call_id, user_id)
);
CREATE INDEX call_follows_user_idx ON call_follows (user_id);
CREATE INDEX call_follows_partnership_idx ON call_follows (partnership_id) WHERE partnership_id IS NOT NULL;

-- The exactly-once claim of a reminder: inserted (ON CONFLICT DO NOTHING) in the transaction that
-- enqueues the mail, so concurrent runs in several processes send each reminder once. The
-- deadline is part of the key: a moved deadline is a new deadline and is reminded again.
CREATE TABLE call_reminders_sent (
  call_id          uuid NOT NULL REFERENCES funding_calls(id) ON DELETE CASCADE,
  user_id          uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  deadline_at      timestamptz NOT NULL,
  offset_days      integer NOT NULL,
  sent_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (call_id, user_id, deadline_at, offset_days)
);

-- Calendar subscriptions (iCal): the URL carries a secret token, only its sha256 hash is stored.
CREATE TABLE calendar_feeds (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash       text NOT NULL UNIQUE,
  scope            text NOT NULL CHECK (scope IN ('user', 'partnership')),
  -- The user whose follows a 'user' feed shows; for both scopes the owner who may list and revoke it.
  user_id          uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  partnership_id   uuid REFERENCES partnerships(id) ON DELETE CASCADE,
  created_by       uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  last_used_at     timestamptz,
  revoked_at       timestamptz,
  CHECK ((scope = 'partnership') = (partnership_id IS NOT NULL))
);
CREATE INDEX calendar_feeds_user_idx ON calendar_feeds (user_id);
