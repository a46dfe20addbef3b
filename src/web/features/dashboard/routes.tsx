import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const DashboardPage = lazy(() => import('./dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })));

export const dashboardRoutes: RouteObject[] = [{ path: '/', element: <DashboardPage /> }];
