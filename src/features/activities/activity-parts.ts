import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { activityAgendaItems, activityOrganisers } from './activities.table.ts';
import type { AgendaRow } from './activity-input.ts';

/** The organising organisations, replaced as a whole (the form sends the full list, in order). */
export async function replaceOrganisers(ctx: ServiceContext, activityId: string, organisationIds: readonly string[]) {
  await ctx.db.delete(activityOrganisers).where(eq(activityOrganisers.activityId, activityId));
  if (organisationIds.length) {
    await ctx.db.insert(activityOrganisers).values(organisationIds.map((organisationId, position) => ({ activityId, organisationId, position })));
  }
}

/** The agenda, replaced as a whole. */
export async function replaceAgenda(ctx: ServiceContext, activityId: string, agenda: readonly AgendaRow[]) {
  await ctx.db.delete(activityAgendaItems).where(eq(activityAgendaItems.activityId, activityId));
  if (agenda.length) await ctx.db.insert(activityAgendaItems).values(agenda.map((item) => ({ ...item, activityId })));
}
