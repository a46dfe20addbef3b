import type { RouteObject } from 'react-router';

// Placeholder until the dashboard pages land.
export const dashboardRoutes: RouteObject[] = [];
