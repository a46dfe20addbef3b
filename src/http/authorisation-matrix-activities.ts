import type { MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Exchange activities: planning, agenda, cancelling (issue 13).
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */
export const activityRoutes: MatrixPart = {};
