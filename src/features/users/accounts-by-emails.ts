import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { User } from './users.schemas.ts';
import { selectUsers } from './user-rows.ts';
import { users } from './users.table.ts';

/** The accounts with these e-mail addresses, with their city and organisation names (never a password hash). */
export async function accountsByEmails(db: Db, emails: string[]): Promise<User[]> {
  return selectUsers(db, inArray(users.email, emails));
}
