import type { RouteObject } from 'react-router';

// Placeholder until the partnerships pages land.
export const partnershipsRoutes: RouteObject[] = [];
