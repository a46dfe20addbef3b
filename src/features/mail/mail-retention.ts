import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';

export const REDACTED_LINK = '[link removed after delivery]';

// A link that carries a one-time secret in its query (invitation and password reset links). The
// same pattern in POSIX form for PostgreSQL's regexp_replace, so both redactions agree.
const ONE_TIME_LINK = /https?:\/\/[^\s]*[?&]token=[^\s]*/g;
const ONE_TIME_LINK_SQL = 'https?://[^[:space:]]*[?&]token=[^[:space:]]*';

/**
 * A delivered mail's text without its one-time links: the recipient has the link in their
 * mailbox, and a copy in the outbox would let whoever reads the outbox (or a backup) use it.
 */
export function redactOneTimeLinks(text: string): string {
  return text.replace(ONE_TIME_LINK, REDACTED_LINK);
}

/**
 * Hourly clean-up: mail that is done with (sent, failed or held without SMTP) and older than the
 * retention limit is deleted, since it holds addresses, names and messages. Sent mail that still
 * shows a one-time link (delivered before redaction existed) is redacted. Both statements are
 * idempotent, so several processes may run them at once.
 */
export async function pruneMailOutbox(db: Db, retentionDays: number): Promise<{ deleted: number }> {
  const deleted = (await db.execute(sql`
    DELETE FROM mail_outbox
     WHERE status IN ('sent', 'failed', 'held')
       AND coalesce(sent_at, created_at) < now() - make_interval(days => ${retentionDays}::int)
    RETURNING id`)) as unknown as { rows: unknown[] };
  await db.execute(sql`
    UPDATE mail_outbox SET text_body = regexp_replace(text_body, ${ONE_TIME_LINK_SQL}, ${REDACTED_LINK}, 'g')
     WHERE status = 'sent' AND text_body ~ ${ONE_TIME_LINK_SQL}`);
  return { deleted: deleted.rows.length };
}
