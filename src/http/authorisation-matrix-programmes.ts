import type { MatrixPart } from './authorisation-matrix-types.ts';

/**
 * Joint action programmes: fields of action, goals, measures (issue 13).
 * Column order: anonymous · member elsewhere · partner member · other coordinator · editor without the right · owner · admin.
 */
export const programmeRoutes: MatrixPart = {};
