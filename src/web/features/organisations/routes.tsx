import type { RouteObject } from 'react-router';

// Placeholder until the organisations pages land.
export const organisationsRoutes: RouteObject[] = [];
