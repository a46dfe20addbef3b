-- Single sign-on with OpenID Connect (docs/decisions/0013-single-sign-on.md).

-- A sign-in begun at the identity provider: state, nonce and PKCE verifier wait here (not in
-- a process's memory) for the callback, which may reach another server process. The browser
-- holds the random id in a short-lived cookie; only its hash is stored. Single use: the
-- callback deletes the row it reads.
CREATE TABLE oidc_login_attempts (
  id_hash        text PRIMARY KEY,
  state          text NOT NULL,
  nonce          text NOT NULL,
  code_verifier  text NOT NULL,
  return_to      text NOT NULL DEFAULT '/',
  created_at     timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL
);
CREATE INDEX oidc_login_attempts_expiry_idx ON oidc_login_attempts (expires_at);

-- The identity provider's subject linked to a Pontis account at the first sign-in. Later
-- sign-ins find the account by (issuer, subject), so a changed e-mail address at the provider
-- still signs the same person in. One subject per account and provider.
CREATE TABLE user_identities (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  issuer      text NOT NULL,
  subject     text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (issuer, subject),
  UNIQUE (user_id, issuer)
);
