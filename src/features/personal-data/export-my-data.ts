import { sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { unauthenticated } from '../../shared/errors.ts';
import { participationsOfUser } from '../activities/index.ts';
import { redactOneTimeLinks } from '../mail/index.ts';
import { selectUser } from '../users/index.ts';
import { PERSONAL_DATA_EXPORT_FORMAT, PERSONAL_DATA_EXPORT_VERSION, type PersonalDataExport } from './personal-data.schemas.ts';

type Row = Record<string, unknown>;

async function rows(ctx: ServiceContext, query: SQL): Promise<Row[]> {
  const result = (await ctx.db.execute(query)) as unknown as { rows: Row[] };
  return result.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [camel(k), v instanceof Date ? v.toISOString() : v])));
}

const camel = (name: string) => name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * Everything Pontis holds about the signed-in user (GDPR Art. 15 and 20), as one JSON document.
 * Secrets are left out (password hash, token hashes, one-time links in mail), and so is other
 * people's data that sits next to the user's: the history of records they edited lists what
 * they did, not the snapshots.
 */
export async function exportMyData(ctx: ServiceContext, now = new Date()): Promise<PersonalDataExport> {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const id = ctx.actor.id;
  const account = await selectUser(ctx.db, id);
  if (!account) throw unauthenticated();
  const email = account.email.toLowerCase();
  const mail = await rows(
    ctx,
    sql`
    SELECT id, purpose, status, subject, text_body, created_at, sent_at FROM mail_outbox
     WHERE lower(to_address) = ${email} ORDER BY created_at, id`,
  );
  return {
    format: PERSONAL_DATA_EXPORT_FORMAT,
    version: PERSONAL_DATA_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    account,
    people: await rows(
      ctx,
      sql`
      SELECT p.id, p.name, p.role_title, p.email, p.phone, p.languages, p.visible_to_partners, p.visible_to_public,
             c.name AS city, o.name AS organisation, p.created_at, p.updated_at
        FROM people p JOIN cities c ON c.id = p.city_id LEFT JOIN organisations o ON o.id = p.organisation_id
       WHERE lower(p.email) = ${email} ORDER BY p.created_at, p.id`,
    ),
    sessions: await rows(
      ctx,
      sql`
      SELECT id, created_at, last_seen_at, expires_at, user_agent, ip FROM sessions WHERE user_id = ${id}::uuid ORDER BY created_at, id`,
    ),
    apiTokens: await rows(
      ctx,
      sql`
      SELECT id, name, token_prefix AS prefix, created_at, last_used_at, expires_at, revoked_at
        FROM api_tokens WHERE user_id = ${id}::uuid ORDER BY created_at, id`,
    ),
    calendarFeeds: await rows(
      ctx,
      sql`
      SELECT id, scope, partnership_id, created_at, last_used_at, revoked_at FROM calendar_feeds WHERE user_id = ${id}::uuid ORDER BY created_at, id`,
    ),
    callFollows: await rows(
      ctx,
      sql`
      SELECT c.identifier, c.title, f.partnership_id, f.created_at
        FROM call_follows f JOIN funding_calls c ON c.id = f.call_id WHERE f.user_id = ${id}::uuid ORDER BY f.created_at, c.identifier`,
    ),
    callReminders: await rows(
      ctx,
      sql`
      SELECT c.identifier, r.deadline_at, r.offset_days, r.sent_at
        FROM call_reminders_sent r JOIN funding_calls c ON c.id = r.call_id WHERE r.user_id = ${id}::uuid ORDER BY r.sent_at, c.identifier`,
    ),
    introductions: await rows(
      ctx,
      sql`
      SELECT i.id, fo.name AS from_organisation, tor.name AS to_organisation, i.status, i.stage, i.message, i.declined_reason,
             array_remove(ARRAY[
               CASE WHEN i.requested_by = ${id}::uuid THEN 'requested' END,
               CASE WHEN i.brokered_by = ${id}::uuid THEN 'brokered' END,
               CASE WHEN i.from_accepted_by = ${id}::uuid OR i.to_accepted_by = ${id}::uuid THEN 'accepted' END,
               CASE WHEN i.declined_by = ${id}::uuid THEN 'declined' END,
               CASE WHEN i.withdrawn_by = ${id}::uuid THEN 'withdrawn' END], NULL) AS your_part,
             i.created_at, i.updated_at
        FROM introductions i
        JOIN organisations fo ON fo.id = i.from_organisation_id JOIN organisations tor ON tor.id = i.to_organisation_id
       WHERE ${id}::uuid IN (i.requested_by, i.brokered_by, i.from_accepted_by, i.to_accepted_by, i.declined_by, i.withdrawn_by)
       ORDER BY i.created_at, i.id`,
    ),
    introductionReads: await rows(
      ctx,
      sql`
      SELECT introduction_id, read_at FROM introduction_reads WHERE user_id = ${id}::uuid ORDER BY read_at, introduction_id`,
    ),
    matchFeedback: await rows(
      ctx,
      sql`
      SELECT id, organisation_id, suggested_organisation_id, item_id, useful, reason, comment, score, created_at, updated_at
        FROM match_feedback WHERE user_id = ${id}::uuid ORDER BY created_at, id`,
    ),
    invitationsReceived: await rows(
      ctx,
      sql`
      SELECT id, email, role, created_at, expires_at, accepted_at, revoked_at FROM invitations
       WHERE lower(email) = ${email} OR accepted_user_id = ${id}::uuid ORDER BY created_at, id`,
    ),
    // Whom they invited is the invitee's data; what they did is theirs.
    invitationsSent: await rows(
      ctx,
      sql`
      SELECT id, role, created_at, accepted_at, revoked_at FROM invitations WHERE invited_by = ${id}::uuid ORDER BY created_at, id`,
    ),
    csvImports: await rows(
      ctx,
      sql`
      SELECT id, file_name, state, outcome, created_at, finished_at FROM csv_imports WHERE created_by = ${id}::uuid ORDER BY created_at, id`,
    ),
    activityParticipations: await participationsOfUser(ctx, id, email),
    mail: mail.map((m) => ({ ...m, textBody: redactOneTimeLinks(String(m.textBody)) })),
    historyAboutYou: (
      await rows(
        ctx,
        sql`
      SELECT at, actor_label AS actor, action, before, after FROM audit_events
       WHERE entity_type = 'user' AND entity_id = ${id}::uuid ORDER BY at, id`,
      )
    ).map((e) => ({ ...e, actor: String(e.actor).replace(/\s*<[^>]*>$/, '') })),
    historyOfYourChanges: await rows(
      ctx,
      sql`
      SELECT at, entity_type, entity_id, action FROM audit_events WHERE actor_user_id = ${id}::uuid ORDER BY at, id`,
    ),
  };
}
