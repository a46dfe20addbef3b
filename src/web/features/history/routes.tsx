import type { RouteObject } from 'react-router';
import { HistoryPage } from './history-page.tsx';

export const historyRoutes: RouteObject[] = [{ path: '/history/:entityType/:id', element: <HistoryPage /> }];
