import { eq } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { notFound } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { partnerships } from './partnerships.table.ts';

/**
 * Sets the status of the partnership with this key unless it has it already, audited as a change
 * of the status alone; returns its id (404 when there is none). The caller decides who may (the
 * demo seed, an admin: the demo partnership has worked since its Letter of Intent).
 */
export async function setPartnershipStatus(tx: ServiceContext, key: string, status: string): Promise<string> {
  const [row] = await tx.db.select().from(partnerships).where(eq(partnerships.key, key));
  if (!row) throw notFound('The partnership');
  if (row.status !== status) {
    await updateVersioned(tx, partnerships, 'The partnership', row.id, row.version, { status });
    await recordDomainEvent(tx, { entityType: 'partnership', entityId: row.id, action: 'update', before: { status: row.status }, after: { status } });
  }
  return row.id;
}
