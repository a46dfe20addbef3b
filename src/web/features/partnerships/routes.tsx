import type { RouteObject } from 'react-router';
import { NewPartnershipPage } from './new-partnership-page.tsx';
import { PartnershipPage } from './partnership-page.tsx';

export const partnershipsRoutes: RouteObject[] = [
  { path: '/partnerships/new', element: <NewPartnershipPage /> },
  { path: '/partnerships/:key', element: <PartnershipPage /> },
];
