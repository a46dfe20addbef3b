import type { RouteObject } from 'react-router';

// Lazy pages of this feature (issue 13), filled in as they are built.
export const activitiesRoutes: RouteObject[] = [];
