import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const CityPage = lazy(() => import('./city-page.tsx').then((m) => ({ default: m.CityPage })));

export const citiesRoutes: RouteObject[] = [{ path: '/cities/:key', element: <CityPage /> }];
