import type { MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Activities in calendars, and their follow-up: outcomes, minutes, who met whom (issue 13).
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */
export const activityCalendarRoutes: MatrixPart = {};
