import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { auditEventsAboutOrMentioning, redactAuditEvent, replaceAuditActor } from '../audit/index.ts';
import { csvImportsMentioning, dropCsvFilesContaining, redactCsvImport } from '../csv-import/index.ts';
import { deleteMailTo, mailMentioning, redactMail } from '../mail/index.ts';
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
  if (actorUserId) await replaceAuditActor(db, actorUserId, ERASED_ACTOR_LABEL);
  const candidates = await auditEventsAboutOrMentioning(db, about, (text) => mentionedIn(text, target));
  for (const row of candidates) {
    const isAbout = row.entityType === about.entityType && row.entityId === about.entityId;
    const rowTarget = isAbout ? target : { ...target, personalKeys: new Set<string>() };
    const label = mentionsAny(row.actorLabel, target.needles) ? ERASED_ACTOR_LABEL : row.actorLabel;
    await redactAuditEvent(db, row.id, { before: scrubSnapshot(row.before, rowTarget), after: scrubSnapshot(row.after, rowTarget), actorLabel: label });
  }
  return candidates.length;
}

/**
 * Mail to the person's addresses is deleted, sent or not (a mail to an erased address has no one
 * to reach); other mail that mentions them keeps going out with the mention blanked.
 */
export async function scrubMailOutbox(db: Db, addresses: readonly string[], target: ErasureTarget): Promise<void> {
  for (const address of addresses) await deleteMailTo(db, address);
  const mentioning = await mailMentioning(db, (text) => mentionedIn(text, target));
  const needles = [...target.needles, ...(target.exactValues ?? []).filter((v) => v.length >= 5)];
  for (const row of mentioning) {
    await redactMail(db, row.id, { subject: scrubText(row.subject, needles), textBody: scrubText(row.textBody, needles) });
  }
}

/**
 * Uploaded CSV files that contain the person are dropped (their import, if any, is written
 * already; the report stays), and reports and mappings lose the mentions.
 */
export async function scrubCsvImports(db: Db, target: ErasureTarget, originalTexts: readonly string[]): Promise<void> {
  await dropCsvFilesContaining(db, [...new Set([...originalTexts.filter((v) => v.length >= 3), ...target.needles])]);
  const rows = await csvImportsMentioning(db, (text) => mentionedIn(text, target));
  const noKeys = { ...target, personalKeys: new Set<string>() };
  for (const row of rows) {
    await redactCsvImport(db, {
      id: row.id,
      fileName: scrubText(row.fileName, target.needles),
      headers: scrubSnapshot(row.headers, noKeys),
      mapping: scrubSnapshot(row.mapping, noKeys),
      report: row.report === null ? null : scrubSnapshot(row.report, noKeys),
      error: row.error === null ? null : scrubText(row.error, target.needles),
    });
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
