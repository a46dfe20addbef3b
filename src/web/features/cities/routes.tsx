import type { RouteObject } from 'react-router';

// Placeholder until the cities pages land.
export const citiesRoutes: RouteObject[] = [];
