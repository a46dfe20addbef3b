import { eq } from 'drizzle-orm';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { actionProgrammes } from './action-programmes.table.ts';
import { findProgrammeRow, requireProgrammeEditor } from './programme-access.ts';
import { programmeSnapshot } from './programme-snapshots.ts';

/** Deletes a programme with its fields, goals and measures (the activities that named a measure keep going without it). */
export async function deleteProgramme(ctx: ServiceContext, idOrKey: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const current = await findProgrammeRow(tx, idOrKey);
    await requireProgrammeEditor(tx, current.partnershipId);
    await tx.db.delete(actionProgrammes).where(eq(actionProgrammes.id, current.id));
    await recordDomainEvent(tx, { entityType: 'programme', entityId: current.id, action: 'delete', before: programmeSnapshot(current) });
  });
}
