-- Quality review of offers and requests (EEN-style): what an organisation's editor adds or changes
-- waits for its city's coordinator before the public and the partner city see it. Items that
-- existed before review was introduced, and items written by imports, count as approved.
ALTER TABLE organisation_items
  ADD COLUMN status             text NOT NULL DEFAULT 'approved'
                                CHECK (status IN ('draft', 'pending-review', 'approved', 'returned')),
  ADD COLUMN review_comment     text,
  ADD COLUMN reviewed_by        uuid REFERENCES users(id) ON DELETE SET NULL,
  ADD COLUMN reviewed_at        timestamptz,
  ADD COLUMN submitted_by       uuid REFERENCES users(id) ON DELETE SET NULL,
  ADD COLUMN submitted_at       timestamptz,
  ADD COLUMN version            integer NOT NULL DEFAULT 1,
  -- Set when the expiry reminder was claimed (in the same transaction as its mails); cleared
  -- when the valid-until date changes, so that the next expiry is reminded again.
  ADD COLUMN expiry_reminded_at timestamptz;

CREATE INDEX organisation_items_pending_idx ON organisation_items (organisation_id) WHERE status = 'pending-review';
CREATE INDEX organisation_items_expiry_idx ON organisation_items (valid_until)
  WHERE valid_until IS NOT NULL AND expiry_reminded_at IS NULL;
