import type { RouteObject } from 'react-router';
import { CallDetailPage } from './call-detail-page.tsx';
import { CallsDataPage } from './calls-data-page.tsx';
import { CallsPage } from './calls-page.tsx';
import { FollowedCallsPage } from './followed-calls-page.tsx';

export const callsRoutes: RouteObject[] = [
  { path: '/calls', element: <CallsPage /> },
  { path: '/calls/followed', element: <FollowedCallsPage /> },
  { path: '/calls/data', element: <CallsDataPage /> },
  { path: '/calls/:identifier', element: <CallDetailPage /> },
];
