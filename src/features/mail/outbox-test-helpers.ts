import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { mailOutbox } from './mail.table.ts';

/** Test helper: the newest outbox mail to an address. */
export async function latestMailTo(db: Db, to: string) {
  const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id)).limit(1);
  return mail;
}

/** Test helper: the token of the link in a mail text. */
export function tokenInText(text: string): string {
  const match = /[?&]token=([\w%-]+)/.exec(text);
  if (!match) throw new Error(`no token link in mail:\n${text}`);
  return decodeURIComponent(match[1]);
}
