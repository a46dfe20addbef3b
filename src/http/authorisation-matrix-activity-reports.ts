import type { MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Participation report and signature sheet of activities (issue 13).
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */
export const activityReportRoutes: MatrixPart = {};
