import { eq } from 'drizzle-orm';
import { updateVersioned } from '../../db/versioned-update.ts';
import { actorUserId } from '../../shared/actor.ts';
import { inTransaction, type ServiceContext } from '../../shared/context.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { recordDomainEvent } from '../domain-events/index.ts';
import { lockProject, requireManagedProject } from './project-access.ts';
import { loadConsortium, loadPartnershipCities, projectDetail } from './project-detail.ts';
import { canMoveStage, nextStages, submissionProblems, submissionRuleMessages } from './project-stages.ts';
import type { MoveProjectStageRequest, Project } from './projects.schemas.ts';
import { projects, projectStageEvents } from './projects.table.ts';
import { today } from './start-project.ts';
import { oneAfterAnother } from '../../db/one-after-another.ts';

/**
 * Moves a project along the pipeline (project-stages.ts), recording the day and an optional note
 * as a stage event. Submitting needs a coordinator and members from two of the partnership's
 * cities; the error names each rule that failed. Coordinators of the partnership's cities, admins.
 */
export async function moveProjectStage(ctx: ServiceContext, projectId: string, input: MoveProjectStageRequest, now = new Date()): Promise<Project> {
  const facts = await requireManagedProject(ctx, projectId);
  const occurredOn = input.occurredOn ?? today(now);
  if (occurredOn > today(now)) throw invalid([{ path: 'occurredOn', rule: 'in_future', message: 'A stage change cannot be dated in the future.' }]);
  return inTransaction(ctx, async (tx) => {
    await lockProject(tx, projectId);
    const [before] = await tx.db.select().from(projects).where(eq(projects.id, projectId));
    if (before.version !== input.version) {
      throw new AppError('version_conflict', 409, 'The project was changed by someone else in the meantime. Reload it and apply your change again.', [], {
        currentVersion: before.version,
      });
    }
    if (!canMoveStage(before.stage, input.stage)) {
      const allowed = nextStages(before.stage);
      throw new AppError(
        'stage_not_allowed',
        409,
        `A project in stage "${before.stage}" can move to ${allowed.length ? allowed.map((s) => `"${s}"`).join(' or ') : 'no other stage'}.`,
        [{ path: 'stage', rule: 'transition_not_allowed', message: `From "${before.stage}" a project moves to: ${allowed.join(', ') || 'nothing'}.` }],
        { from: before.stage, allowed },
      );
    }
    if (input.stage === 'submitted') {
      const [consortium, cities] = await oneAfterAnother(
        () => loadConsortium(tx, projectId),
        () => loadPartnershipCities(tx, facts.partnershipId),
      );
      const problems = submissionProblems(
        consortium.map((p) => ({ role: p.role, cityId: p.organisation.city.id })),
        cities.map((c) => c.id),
      );
      if (problems.length) {
        throw new AppError(
          'consortium_incomplete',
          409,
          `The consortium cannot submit yet: ${problems.map((p) => submissionRuleMessages[p]).join(' ')}`,
          problems.map((rule) => ({ path: 'consortium', rule, message: submissionRuleMessages[rule] })),
          { problems },
        );
      }
    }
    const after = await updateVersioned(tx, projects, 'The project', projectId, input.version, {
      stage: input.stage,
      stageChangedAt: now,
      ...(input.stage === 'funded' && input.awardedAmount != null ? { awardedAmount: input.awardedAmount.toFixed(2) } : {}),
    });
    await tx.db
      .insert(projectStageEvents)
      .values({ projectId, fromStage: before.stage, toStage: input.stage, occurredOn, note: input.note || null, actorId: actorUserId(tx.actor) });
    await recordDomainEvent(tx, { entityType: 'project', entityId: projectId, action: 'update', before, after });
    return projectDetail(tx, projectId, now);
  });
}
