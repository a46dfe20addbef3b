import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { mailOutbox } from '../mail/mail.table.ts';
import { ERASED_ACTOR_LABEL, mentionsAny, scrubSnapshot, scrubText, type ErasureTarget } from './erasure-tombstone.ts';

type Rows<T> = { rows: T[] };

/** SQL: whether a text expression mentions the target (substring needles, or a whole JSON string). */
function mentionedIn(expression: SQL, target: ErasureTarget): SQL {
  const tests = [
    ...target.needles.map((n) => sql`position(${n} in lower(${expression})) > 0`),
    ...(target.exactValues ?? []).map((v) => sql`position(${`"${v}"`} in lower(${expression})) > 0`),
  ];
  return tests.length ? sql`(${sql.join(tests, sql` OR `)})` : sql`false`;
}

/**
 * Rewrites the audit log so that it no longer identifies the person: snapshots of the record
 * about them lose their personal fields; any snapshot elsewhere loses the strings that mention
 * them; events they made keep their time and content but name an "erased user". The rows stay,
 * so every history keeps its length, dates and non-personal changes.
 */
export async function scrubAuditEvents(
  db: Db,
  about: { entityType: string; entityId: string },
  target: ErasureTarget,
  actorUserId: string | null,
): Promise<number> {
  if (actorUserId) {
    await db.update(auditEvents).set({ actorUserId: null, actorLabel: ERASED_ACTOR_LABEL }).where(eq(auditEvents.actorUserId, actorUserId));
  }
  const candidates = (await db.execute(sql`
    SELECT id, entity_type, entity_id, actor_label, before, after FROM audit_events
     WHERE (entity_type = ${about.entityType} AND entity_id = ${about.entityId}::uuid)
        OR ${mentionedIn(sql`before::text`, target)} OR ${mentionedIn(sql`after::text`, target)}
        OR ${mentionedIn(sql`actor_label`, target)}`)) as unknown as Rows<{
    id: string | number;
    entity_type: string;
    entity_id: string;
    actor_label: string;
    before: unknown;
    after: unknown;
  }>;
  for (const row of candidates.rows) {
    const isAbout = row.entity_type === about.entityType && row.entity_id === about.entityId;
    const rowTarget = isAbout ? target : { ...target, personalKeys: new Set<string>() };
    const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);
    const label = mentionsAny(row.actor_label, target.needles) ? ERASED_ACTOR_LABEL : row.actor_label;
    await db
      .update(auditEvents)
      .set({ before: scrubSnapshot(json(row.before), rowTarget), after: scrubSnapshot(json(row.after), rowTarget), actorLabel: label })
      .where(eq(auditEvents.id, Number(row.id)));
  }
  return candidates.rows.length;
}

/**
 * Mail to the person's addresses is deleted, sent or not (a mail to an erased address has no one
 * to reach); other mail that mentions them keeps going out with the mention blanked.
 */
export async function scrubMailOutbox(db: Db, addresses: readonly string[], target: ErasureTarget): Promise<void> {
  for (const address of addresses) {
    await db.execute(sql`DELETE FROM mail_outbox WHERE lower(to_address) = ${address.toLowerCase()}`);
  }
  const mentioning = (await db.execute(sql`
    SELECT id, subject, text_body FROM mail_outbox
     WHERE ${mentionedIn(sql`subject`, target)} OR ${mentionedIn(sql`text_body`, target)}`)) as unknown as Rows<{
    id: string;
    subject: string;
    text_body: string;
  }>;
  const needles = [...target.needles, ...(target.exactValues ?? []).filter((v) => v.length >= 5)];
  for (const row of mentioning.rows) {
    await db
      .update(mailOutbox)
      .set({ subject: scrubText(row.subject, needles), textBody: scrubText(row.text_body, needles) })
      .where(eq(mailOutbox.id, row.id));
  }
}

/**
 * Uploaded CSV files that contain the person are dropped (their import, if any, is written
 * already; the report stays), and reports and mappings lose the mentions.
 */
export async function scrubCsvImports(db: Db, target: ErasureTarget, originalTexts: readonly string[]): Promise<void> {
  const inFile = [...new Set([...originalTexts.filter((v) => v.length >= 3), ...target.needles])].map(
    (v) => sql`position(convert_to(${v}, 'UTF8') in file) > 0`,
  );
  if (inFile.length) await db.execute(sql`UPDATE csv_imports SET file = NULL WHERE file IS NOT NULL AND (${sql.join(inFile, sql` OR `)})`);
  const rows = (await db.execute(sql`
    SELECT id, file_name, headers, mapping, report, error FROM csv_imports
     WHERE ${mentionedIn(sql`(coalesce(report::text, '') || headers::text || mapping::text || file_name || coalesce(error, ''))`, target)}`)) as unknown as Rows<{
    id: string;
    file_name: string;
    headers: unknown;
    mapping: unknown;
    report: unknown;
    error: string | null;
  }>;
  const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);
  const noKeys = { ...target, personalKeys: new Set<string>() };
  for (const row of rows.rows) {
    await db.execute(sql`UPDATE csv_imports SET
        file_name = ${scrubText(row.file_name, target.needles)},
        headers = ${JSON.stringify(scrubSnapshot(json(row.headers), noKeys))}::jsonb,
        mapping = ${JSON.stringify(scrubSnapshot(json(row.mapping), noKeys))}::jsonb,
        report = ${row.report === null ? null : JSON.stringify(scrubSnapshot(json(row.report), noKeys))}::jsonb,
        error = ${row.error === null ? null : scrubText(row.error, target.needles)}
      WHERE id = ${row.id}::uuid`);
  }
}

/**
 * Columns that name who last touched or made a record (`*_by`, uuid) are cleared where they
 * point at the user. Read from the catalogue, so that tables added later are covered too.
 */
export async function detachUserFromRecords(db: Db, userId: string): Promise<void> {
  const columns = (await db.execute(sql`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
       AND c.data_type = 'uuid' AND c.is_nullable = 'YES' AND c.column_name LIKE '%\\_by' ESCAPE '\\'
     ORDER BY c.table_name, c.column_name`)) as unknown as Rows<{ table_name: string; column_name: string }>;
  for (const { table_name, column_name } of columns.rows) {
    const table = sql.identifier(table_name);
    const column = sql.identifier(column_name);
    await db.execute(sql`UPDATE ${table} SET ${column} = NULL WHERE ${column} = ${userId}::uuid`);
  }
}
