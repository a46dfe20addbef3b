import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const NetworkPage = lazy(() => import('./network-page.tsx').then((m) => ({ default: m.NetworkPage })));

export const networkRoutes: RouteObject[] = [{ path: '/partnerships/:key/network', element: <NetworkPage /> }];
