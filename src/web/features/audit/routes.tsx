import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const HistoryPage = lazy(() => import('./history-page.tsx').then((m) => ({ default: m.HistoryPage })));

export const historyRoutes: RouteObject[] = [{ path: '/history/:entityType/:id', element: <HistoryPage /> }];
