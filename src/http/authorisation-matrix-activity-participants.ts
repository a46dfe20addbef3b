import type { MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Participants of activities: registration, delegation, attendance (issue 13).
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */
export const activityParticipantRoutes: MatrixPart = {};
