import { eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { people } from './people.table.ts';

// The people feature's part of an erasure (personal-data/erase-person.ts, GDPR Art. 17), which
// runs in the caller's transaction and writes its own history.

/** The person records with this e-mail address, compared without case: those that describe an account. */
export async function peopleWithEmail(ctx: ServiceContext, email: string): Promise<{ id: string; name: string; email: string | null; phone: string | null }[]> {
  return ctx.db
    .select({ id: people.id, name: people.name, email: people.email, phone: people.phone })
    .from(people)
    .where(sql`lower(${people.email}) = ${email.toLowerCase()}`);
}

/** Deletes a person record's row, without checks or history (the erasure does both). */
export async function deletePersonRow(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.delete(people).where(eq(people.id, id));
}
