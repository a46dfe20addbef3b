import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Lazy pages of this feature (issue 13): nothing of it is in the first page's code.
const PartnershipActivitiesPage = lazy(() => import('./partnership-activities-page.tsx').then((m) => ({ default: m.PartnershipActivitiesPage })));
const ActivityPage = lazy(() => import('./activity-page.tsx').then((m) => ({ default: m.ActivityPage })));
const OrganiseActivityPage = lazy(() => import('./organise-activity-page.tsx').then((m) => ({ default: m.OrganiseActivityPage })));
const MyActivitiesPage = lazy(() => import('./my-activities-page.tsx').then((m) => ({ default: m.MyActivitiesPage })));

export const activitiesRoutes: RouteObject[] = [
  { path: '/partnerships/:key/activities', element: <PartnershipActivitiesPage /> },
  { path: '/activities/:key', element: <ActivityPage /> },
  { path: '/activities/:key/organise', element: <OrganiseActivityPage /> },
  { path: '/me/activities', element: <MyActivitiesPage /> },
];
