import type { RouteObject } from 'react-router';

// Placeholder until the history pages land.
export const historyRoutes: RouteObject[] = [];
