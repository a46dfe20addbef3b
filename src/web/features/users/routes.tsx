import type { RouteObject } from 'react-router';

// Placeholder until the users pages land.
export const usersRoutes: RouteObject[] = [];
