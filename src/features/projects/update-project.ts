import { eq } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { invalid } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { requireManagedProject } from './project-access.ts';
import { projectDetail } from './project-detail.ts';
import type { Project, UpdateProjectRequest } from './projects.schemas.ts';
import { projects } from './projects.table.ts';

const money = (v: number | null | undefined) => (v === undefined ? undefined : v === null ? null : v.toFixed(2));

/** Edits title, summary, dates, amounts and the targeted deadline (versioned). Coordinators of the partnership's cities, admins. */
export async function updateProject(ctx: ServiceContext, projectId: string, input: UpdateProjectRequest, now = new Date()): Promise<Project> {
  await requireManagedProject(ctx, projectId);
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(projects).where(eq(projects.id, projectId));
    const startsOn = input.startsOn === undefined ? before.startsOn : input.startsOn;
    const endsOn = input.endsOn === undefined ? before.endsOn : input.endsOn;
    if (startsOn && endsOn && endsOn < startsOn) throw invalid([{ path: 'endsOn', rule: 'before_start', message: 'The end must not be before the start.' }]);
    const values: Partial<typeof projects.$inferInsert> = {
      title: input.title,
      acronym: input.acronym === undefined ? undefined : input.acronym || null,
      summary: input.summary,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      requestedAmount: money(input.requestedAmount),
      awardedAmount: money(input.awardedAmount),
      callDeadlineAt: input.callDeadlineAt === undefined ? undefined : input.callDeadlineAt === null ? null : new Date(input.callDeadlineAt),
    };
    for (const k of Object.keys(values) as (keyof typeof values)[]) if (values[k] === undefined) delete values[k];
    const after = await updateVersioned(tx, projects, 'The project', projectId, input.version, values);
    await recordDomainEvent(tx, { entityType: 'project', entityId: projectId, action: 'update', before, after });
    return projectDetail(tx, projectId, now);
  });
}
