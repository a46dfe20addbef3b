import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const CallDetailPage = lazy(() => import('./call-detail-page.tsx').then((m) => ({ default: m.CallDetailPage })));
const CallsDataPage = lazy(() => import('./calls-data-page.tsx').then((m) => ({ default: m.CallsDataPage })));
const CallsPage = lazy(() => import('./calls-page.tsx').then((m) => ({ default: m.CallsPage })));
const FollowedCallsPage = lazy(() => import('./followed-calls-page.tsx').then((m) => ({ default: m.FollowedCallsPage })));

export const callsRoutes: RouteObject[] = [
  { path: '/calls', element: <CallsPage /> },
  { path: '/calls/followed', element: <FollowedCallsPage /> },
  { path: '/calls/data', element: <CallsDataPage /> },
  { path: '/calls/:identifier', element: <CallDetailPage /> },
];
