import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const NewPartnershipPage = lazy(() => import('./new-partnership-page.tsx').then((m) => ({ default: m.NewPartnershipPage })));
const PartnershipPage = lazy(() => import('./partnership-page.tsx').then((m) => ({ default: m.PartnershipPage })));

export const partnershipsRoutes: RouteObject[] = [
  { path: '/partnerships/new', element: <NewPartnershipPage /> },
  { path: '/partnerships/:key', element: <PartnershipPage /> },
];
