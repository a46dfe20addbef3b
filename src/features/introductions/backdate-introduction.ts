import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../shared/context.ts';
import { introductions } from './introductions.table.ts';

// Demo only: the demo seed plays its introductions through the use cases, which date every step
// today, and then moves them to the days of its plan. No use case writes a past day.

/** When each side of an introduction accepted (null: not yet, or never). */
export async function introductionAcceptedAt(ctx: Pick<ServiceContext, 'db'>, id: string): Promise<{ from: Date | null; to: Date | null }> {
  const [row] = await ctx.db.select({ from: introductions.fromAcceptedAt, to: introductions.toAcceptedAt }).from(introductions).where(eq(introductions.id, id));
  return row;
}

/** Dates the day an introduction was made (set to today by the accept use case) to a past day (ISO date). */
export async function backdateIntroducedOn(ctx: Pick<ServiceContext, 'db'>, id: string, day: string): Promise<void> {
  await ctx.db.update(introductions).set({ introducedOn: day }).where(eq(introductions.id, id));
}

/** Dates an introduction's timestamps: asked, last changed, each side's acceptance, declined, withdrawn. */
export async function backdateIntroductionTimes(
  ctx: Pick<ServiceContext, 'db'>,
  id: string,
  times: { createdAt: Date; updatedAt: Date; fromAcceptedAt: Date | null; toAcceptedAt: Date | null; declinedAt: Date | null; withdrawnAt: Date | null },
): Promise<void> {
  await ctx.db.update(introductions).set(times).where(eq(introductions.id, id));
}
