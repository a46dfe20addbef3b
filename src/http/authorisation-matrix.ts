import { accountRoutes } from './authorisation-matrix-accounts.ts';
import { activityRoutes } from './authorisation-matrix-activities.ts';
import { activityCalendarRoutes } from './authorisation-matrix-activity-calendar.ts';
import { activityParticipantRoutes } from './authorisation-matrix-activity-participants.ts';
import { activityReportRoutes } from './authorisation-matrix-activity-reports.ts';
import { callRoutes } from './authorisation-matrix-calls.ts';
import { organisationRoutes } from './authorisation-matrix-organisations.ts';
import { partnershipRoutes } from './authorisation-matrix-partnerships.ts';
import { programmeRoutes } from './authorisation-matrix-programmes.ts';
import { projectRoutes } from './authorisation-matrix-projects.ts';
import { synonymSuggestionRoutes } from './authorisation-matrix-synonym-suggestions.ts';
import type { MatrixPart } from './authorisation-matrix-types.ts';

/**
 * The authorisation matrix: every operation of the OpenAPI document × the five callers the
 * security requirement names, plus the owner and an administrator as positive controls.
 * The expected outcomes come from the policies (`*-policy.ts`), the routes' comments and the
 * decisions (0003, 0006, 0009, 0010), not from what the code happens to answer.
 * authorisation-matrix.api.test.ts runs it and fails on an operation without an entry.
 */
const parts: MatrixPart[] = [
  accountRoutes,
  partnershipRoutes,
  organisationRoutes,
  projectRoutes,
  callRoutes,
  activityRoutes,
  activityParticipantRoutes,
  activityReportRoutes,
  activityCalendarRoutes,
  programmeRoutes,
  synonymSuggestionRoutes,
];

export const authorisationMatrix: MatrixPart = {};
for (const part of parts) {
  for (const [operation, entry] of Object.entries(part)) {
    if (operation in authorisationMatrix) throw new Error(`authorisation matrix: "${operation}" has two entries`);
    authorisationMatrix[operation] = entry;
  }
}
