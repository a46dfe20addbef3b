import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const OrganisationDetailPage = lazy(() => import('./organisation-detail-page.tsx').then((m) => ({ default: m.OrganisationDetailPage })));
const OrganisationEditPage = lazy(() => import('./organisation-edit-page.tsx').then((m) => ({ default: m.OrganisationEditPage })));
const OrganisationListPage = lazy(() => import('./organisation-list-page.tsx').then((m) => ({ default: m.OrganisationListPage })));
const OrganisationNewPage = lazy(() => import('./organisation-new-page.tsx').then((m) => ({ default: m.OrganisationNewPage })));

export const organisationsRoutes: RouteObject[] = [
  { path: '/organisations', element: <OrganisationListPage /> },
  { path: '/organisations/new', element: <OrganisationNewPage /> },
  { path: '/organisations/:key', element: <OrganisationDetailPage /> },
  { path: '/organisations/:key/edit', element: <OrganisationEditPage /> },
];
