import type { RouteObject } from 'react-router';

// Placeholder until the people pages land.
export const peopleRoutes: RouteObject[] = [];
