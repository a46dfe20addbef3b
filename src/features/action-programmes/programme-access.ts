import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { forbidden, notFound, unauthenticated } from '../../shared/errors.ts';
import { isUuid } from '../../shared/uuid.ts';
import { partnershipCityIds } from '../partnerships/index.ts';
import { actionProgrammes, programmeFields, programmeGoals, programmeMeasures } from './action-programmes.table.ts';
import { canEditProgramme } from './programme-policy.ts';

export type ProgrammeRow = typeof actionProgrammes.$inferSelect;
export type FieldRow = typeof programmeFields.$inferSelect;
export type GoalRow = typeof programmeGoals.$inferSelect;
export type MeasureRow = typeof programmeMeasures.$inferSelect;

/** A programme by id or key, or 404. */
export async function findProgrammeRow(ctx: ServiceContext, idOrKey: string): Promise<ProgrammeRow> {
  const [row] = await ctx.db
    .select()
    .from(actionProgrammes)
    .where(isUuid(idOrKey) ? eq(actionProgrammes.id, idOrKey) : eq(actionProgrammes.key, idOrKey));
  if (!row) throw notFound('The programme');
  return row;
}

export async function findFieldRow(ctx: ServiceContext, id: string): Promise<FieldRow> {
  const [row] = isUuid(id) ? await ctx.db.select().from(programmeFields).where(eq(programmeFields.id, id)) : [];
  if (!row) throw notFound('The field of action');
  return row;
}

/** A goal with the programme it belongs to. */
export async function findGoalRow(ctx: ServiceContext, id: string): Promise<GoalRow & { programmeId: string }> {
  const [row] = isUuid(id)
    ? await ctx.db
        .select({ goal: programmeGoals, programmeId: programmeFields.programmeId })
        .from(programmeGoals)
        .innerJoin(programmeFields, eq(programmeFields.id, programmeGoals.fieldId))
        .where(eq(programmeGoals.id, id))
    : [];
  if (!row) throw notFound('The goal');
  return { ...row.goal, programmeId: row.programmeId };
}

/** A measure with the programme it belongs to. */
export async function findMeasureRow(ctx: ServiceContext, id: string): Promise<MeasureRow & { programmeId: string }> {
  const [row] = isUuid(id)
    ? await ctx.db
        .select({ measure: programmeMeasures, programmeId: programmeFields.programmeId })
        .from(programmeMeasures)
        .innerJoin(programmeGoals, eq(programmeGoals.id, programmeMeasures.goalId))
        .innerJoin(programmeFields, eq(programmeFields.id, programmeGoals.fieldId))
        .where(eq(programmeMeasures.id, id))
    : [];
  if (!row) throw notFound('The measure');
  return { ...row.measure, programmeId: row.programmeId };
}

/**
 * The edit check of everything in a programme: 401 for the public, 403 for anyone who is not a
 * coordinator of one of the partnership's cities (or an admin). Returns the partnership's cities.
 */
export async function requireProgrammeEditor(ctx: ServiceContext, partnershipId: string): Promise<string[]> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const cityIds = await partnershipCityIds(ctx, partnershipId);
  if (!canEditProgramme(ctx.actor, cityIds)) throw forbidden('Only coordinators of the partnership’s cities can change its action programme.');
  return cityIds;
}

/** The partnership of a programme (by its id), for the edit check of its parts. */
export async function programmePartnershipId(ctx: ServiceContext, programmeId: string): Promise<string | null> {
  const [row] = await ctx.db.select({ partnershipId: actionProgrammes.partnershipId }).from(actionProgrammes).where(eq(actionProgrammes.id, programmeId));
  return row?.partnershipId ?? null;
}
